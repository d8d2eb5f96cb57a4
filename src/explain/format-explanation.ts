import type { Explanation, ExplainedLine, LineRole } from "./explanation.js";

/** ANSI colours by role, so that a glance down the margin tells what became of the source. */
const COLOURS: Partial<Record<LineRole, string>> = {
  name: "1;36",
  title: "36",
  contact: "36",
  summary: "32",
  section: "1;35",
  entry: "1;34",
  highlight: "34",
  item: "34",
  "catch-all": "33",
  dropped: "31",
  "front-matter": "2",
  markup: "2",
  continued: "2",
};
const LABEL_WIDTH = 46;

/** How many lines took each role, and how many readings are uncertain. */
export function countRoles(explanation: Explanation): { roles: Partial<Record<LineRole, number>>; uncertain: number } {
  const roles: Partial<Record<LineRole, number>> = {};
  for (const l of explanation.lines) roles[l.role] = (roles[l.role] ?? 0) + 1;
  return { roles, uncertain: explanation.lines.filter((l) => l.doubt).length + explanation.fileDoubts.length };
}

/** The explanation as terminal text: each line's number, a "?" where the reading is uncertain, what it became, and the line itself. */
export function formatExplanation(explanation: Explanation, colour: boolean): string {
  const paint = (code: string | undefined, text: string) => (colour && code ? `\x1b[${code}m${text}\x1b[0m` : text);
  const width = String(explanation.lines.length).length;
  const out: string[] = [];
  for (const line of explanation.lines) {
    const number = String(line.line).padStart(width);
    if (line.role === "blank") {
      out.push(paint("2", number));
      continue;
    }
    const mark = line.doubt ? paint("1;33", "?") : " ";
    out.push(`${paint("2", number)} ${mark} ${paint(COLOURS[line.role], fit(line.label))}  ${line.text}`);
    if (line.doubt) out.push(`${" ".repeat(width + 3)}${paint("33", `uncertain: ${line.doubt.message}`)}\n${" ".repeat(width + 3)}${paint("33", `to settle it: ${line.doubt.fix}`)}`);
  }
  for (const doubt of explanation.fileDoubts) out.push(paint("33", `? ${doubt.message}\n  to settle it: ${doubt.fix}`));
  out.push(summary(explanation));
  return out.join("\n") + "\n";
}

function fit(label: string): string {
  return label.length > LABEL_WIDTH ? `${label.slice(0, LABEL_WIDTH - 1)}…` : label.padEnd(LABEL_WIDTH);
}

/** "63 lines: 40 read into the résumé, 2 in a catch-all, 1 dropped, 20 blank or markup; 3 uncertain readings". */
function summary(explanation: Explanation): string {
  const { roles, uncertain } = countRoles(explanation);
  const sum = (...rs: LineRole[]) => rs.reduce((n, r) => n + (roles[r] ?? 0), 0);
  const read = explanation.lines.length - sum("catch-all", "dropped", "blank", "markup", "front-matter");
  const parts = [`${read} read into the résumé`, `${sum("catch-all")} in a catch-all section`, `${sum("dropped")} dropped`, `${sum("blank", "markup")} blank or markup`];
  if (roles["front-matter"]) parts.push(`${roles["front-matter"]} of front matter`);
  return `${explanation.file}: ${explanation.lines.length} lines: ${parts.join(", ")}; ${uncertain} uncertain reading${uncertain === 1 ? "" : "s"}`;
}

/** The explanation for tools: every line with its role, label, résumé paths and doubt, and the counts. */
export function explanationJson(explanation: Explanation): string {
  const lines = explanation.lines.map(({ line, text, role, label, paths, doubt }: ExplainedLine) => ({ line, text, role, label, paths, ...(doubt && { doubt }) }));
  return JSON.stringify({ file: explanation.file, lines, fileDoubts: explanation.fileDoubts, counts: countRoles(explanation) }, null, 2) + "\n";
}
