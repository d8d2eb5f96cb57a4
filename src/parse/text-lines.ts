/**
 * Reads raw plain-text lines: what each physical line is (blank, rule, bullet,
 * text) before headings are found and wrapped lines are joined.
 */
export type RawKind = "blank" | "bar" | "rule" | "bullet" | "text";

export interface RawLine {
  kind: RawKind;
  /** The content without bullet marker and outer whitespace. */
  text: string;
  /** The physical line, for measuring how wide the source wraps. */
  raw: string;
  line: number;
  column: number;
  indent: number;
}

/** Bullet markers: dashes, stars, dots, arrows, and numbers such as "1." or "(2)". */
const BULLET = /^([-*+•–·▪◦●○■□➢►▸✓✔]|\d{1,3}[.)]|\(\d{1,3}\))\s+(?=\S)/u;
const BAR = /^\|$/;
const RULE = /^([=\-_~*#^+])\1{2,}$/;
/** Checked first, so that only lines that may be rules lose their spaces to be matched against RULE. */
const RULE_START = /^[=\-_~*#^+]/;

/** Classifies every physical line of a plain-text source. */
export function readRawLines(text: string): RawLine[] {
  return text.split("\n").map((raw, i) => {
    const trimmed = raw.trimEnd();
    const indent = trimmed.length - trimmed.trimStart().length;
    const body = trimmed.slice(indent);
    const base = { raw: trimmed, line: i + 1, indent };
    if (!body) return { ...base, kind: "blank", text: "", column: 1 };
    if (BAR.test(body)) return { ...base, kind: "bar", text: body, column: indent + 1 };
    if (RULE_START.test(body) && RULE.test(body.replace(/\s+/g, ""))) return { ...base, kind: "rule", text: body, column: indent + 1 };
    const bullet = BULLET.exec(body);
    if (bullet) return { ...base, kind: "bullet", text: body.slice(bullet[0].length), column: indent + bullet[0].length + 1 };
    return { ...base, kind: "text", text: body, column: indent + 1 };
  });
}
