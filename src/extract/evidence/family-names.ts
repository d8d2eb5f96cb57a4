import familyNames from "../vocabulary/family-names.json" with { type: "json" };

const alternation = (names: readonly string[]) => [...names].sort((a, b) => b.length - a.length).join("|");
const KOREAN = new RegExp(`^(?:${alternation(familyNames.ko)})`, "u");
const CHINESE_OR_KOREAN = new RegExp(`^(?:${alternation([...familyNames.zh, ...familyNames.ko])})`, "u");

/**
 * Whether a run of Han or Hangul opens with a common Chinese or Korean family name (only Korean ones for "ko"), as a
 * person's name does ("王芳", "박준호") and a title or a phrase most often does not ("个人简历", "지망생").
 */
export function opensWithFamilyName(text: string, only?: "ko"): boolean {
  return (only === "ko" ? KOREAN : CHINESE_OR_KOREAN).test(text);
}
