import data from "./vocabulary/greetings.json" with { type: "json" };

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]");
const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

/** "Hi, I'm Sam Okoro", "Hi 👋, I'm Alex", "Hoi, ik ben Roy van Neden": a hello (and its waving hand), an introduction, then the name. */
export const GREETING = new RegExp(`^(?:(?:${alternatives(data.hello)})(?:\\s*[\\p{Extended_Pictographic}\\u200d\\ufe0f]+)*[,!.]?\\s+)?(?:${alternatives(data.intro)})\\s+(?=\\p{Lu})`, "iu");

/** The capitalised words a greeting introduces ("Hi, I'm Sam." → "Sam"); the caller judges whether they are a name. */
export function greetedName(text: string): string | undefined {
  const m = GREETING.exec(text.trim());
  if (!m) return undefined;
  const name = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:van|von|de|da|der|den|di|du|le|la|\p{Lu}\.|\p{Lu}[\p{L}'’-]*)){0,3}/u.exec(text.trim().slice(m[0].length))?.[0];
  return name?.replace(/[.,!]+$/, "");
}
