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
/** What BULLET can start with, tested first because most lines are not bullets and BULLET is slow to fail. */
const BULLET_START = /^[-*+•–·▪◦●○■□➢►▸✓✔\d(]/u;
const BAR = /^\|$/;
const RULE = /^([=\-_~*#^+])\1{2,}$/;
/** Checked first, so that only lines that may be rules lose their spaces to be matched against RULE. */
const RULE_START = /^[=\-_~*#^+]/;

/** Classifies every physical line of a plain-text source. */
export function readRawLines(text: string): RawLine[] {
  return text.split("\n").map((line, i) => {
    const raw = line.trimEnd();
    const indent = raw.length - raw.trimStart().length;
    const body = raw.slice(indent);
    // literals of one shape, not spreads: a 1 MB CV has tens of thousands of lines
    if (!body) return { kind: "blank", text: "", raw, line: i + 1, column: 1, indent };
    if (BAR.test(body)) return { kind: "bar", text: body, raw, line: i + 1, column: indent + 1, indent };
    if (RULE_START.test(body) && RULE.test(body.replace(/\s+/g, ""))) return { kind: "rule", text: body, raw, line: i + 1, column: indent + 1, indent };
    const bullet = BULLET_START.test(body) ? BULLET.exec(body) : null;
    if (bullet) return { kind: "bullet", text: body.slice(bullet[0].length), raw, line: i + 1, column: indent + bullet[0].length + 1, indent };
    return { kind: "text", text: body, raw, line: i + 1, column: indent + 1, indent };
  });
}
