import { diagnose, positionAt, type Diagnostic, type Position } from "../diagnostics/diagnostic.js";
import { SHORTCODE, shortcodeWords } from "./hugo-shortcodes.js";

/**
 * A Liquid or Jinja statement: `{% include base_path %}`, `{%- for post in site.talks -%}`, over lines too; a
 * comment with what it comments out, a capture with what it captures; an output (`{{ site.email }}`, `{{ url }}/pdfs/cv.pdf`), which the site fills in.
 */
const STATEMENT = new RegExp(
  `\\{%-?\\s*comment\\s*-?%\\}[\\s\\S]*?\\{%-?\\s*endcomment\\s*-?%\\}|\\{%-?\\s*capture\\b[^%]*%\\}[\\s\\S]*?\\{%-?\\s*endcapture\\s*-?%\\}|\\{%-?[\\s\\S]*?-?%\\}|${SHORTCODE.source}|\\{\\{[^{}\\n]*\\}\\}`,
  "g",
);

/** "{: .reference }", "{:.table}": kramdown's attribute lists, which set a class on the block beside them and say nothing. */
const ATTRIBUTE_LIST = /\{:[^{}\n]*\}/g;

/**
 * A CV kept in a Jekyll or Eleventy site (academicpages, al-folio) has
 * template statements among its Markdown, which the site runs to insert lists
 * vitae cannot build: they are no words of the CV, so they are blanked (line
 * and column of everything else kept), and each run of lines that had them is
 * told of once.
 */
export function withoutTemplateCode(text: string, file: string): { text: string; diagnostics: Diagnostic[] } {
  if (text.includes("{:")) text = text.replace(ATTRIBUTE_LIST, "");
  if (!text.includes("{%") && !text.includes("{{")) return { text, diagnostics: [] };
  const runs: Array<{ first: string; last: string; position: Position; lastLine: number; kept: boolean }> = [];
  const lineAt = (offset: number) => text.slice(0, offset).split("\n").length;
  const without = text.replace(STATEMENT, (statement, offset: number) => {
    const [line, shown] = [lineAt(offset), statement.replace(/\s+/g, " ")];
    // "{% include banner.html alt=\"Not bad, this backyard\" %}": the words a statement gives an image are the user's, kept as an image's alt text is
    // a Hugo shortcode's arguments are what the theme shows ("{{< experience uber Uber \"May 2016 - …\" >}}")
    const words = SHORTCODE.test(statement) ? shortcodeWords(statement) : [...statement.matchAll(/\b(?:alt|caption|title)\s*=\s*"([^"]*)"/g)].map((m) => m[1]!.trim()).filter(Boolean);
    const run = runs[runs.length - 1];
    if (run && line <= run.lastLine + 1) Object.assign(run, { last: shown, lastLine: lineAt(offset + statement.length), kept: run.kept || words.length > 0 });
    else runs.push({ first: shown, last: shown, position: positionAt(text, offset), lastLine: lineAt(offset + statement.length), kept: words.length > 0 });
    return words.join(" · ") + statement.replace(/[^\n]/g, "");
  });
  const diagnostics = runs.map((run) => {
    const code = run.first === run.last ? run.first : `${run.first} … ${run.last}`;
    if (SHORTCODE.test(run.first)) {
      const out = run.kept ? "kept as the words its arguments give" : "left out";
      return diagnose(file, "warning", "template-code", `${code} is a Hugo shortcode, ${out}: vitae does not run the theme, so how the site lays those words out is not in the CV; check the entries read from them, or write them into the CV itself`, run.position);
    }
    const out = run.kept ? "left out but for the words it gives an image" : "left out";
    return diagnose(file, "warning", "template-code", `${code} is a site generator's template code (Liquid, as Jekyll runs it), ${out}: vitae does not run it, so what it inserts on the site is not in the CV; write those entries into the CV itself`, run.position);
  });
  return { text: keepHtmlBlocksWhole(text, without), diagnostics };
}

/** An HTML comment with nothing in it: a line of an HTML block that shows nothing, and so does not end the block as a blank line would. */
const EMPTY_COMMENT = "<!---->";
const HTML_LINE = /^\s*<|>\s*$/;

/**
 * `<a href="{{ post.url }}">` / `{{ post.date }}` / `</a>`: a line that held
 * only template code, between lines of HTML, would end CommonMark's HTML block
 * once blanked (the site runs the template before its Markdown, and kramdown
 * reads HTML by its tags, not its blank lines), and the rest of the HTML would
 * be read as text. Such a line keeps the block going with an empty comment,
 * but not inside an open `<!--` comment: a blank line does not end a comment,
 * and the empty comment's `-->` would (academicpages CVs comment out whole
 * sections, Liquid loops and all, and those sections' placeholder entries
 * would be read).
 */
function keepHtmlBlocksWhole(original: string, blanked: string): string {
  const before = original.split("\n");
  const lines = blanked.split("\n");
  const blank = (line: string | undefined) => line === undefined || line.trim() === "";
  const emptied = (i: number) => blank(lines[i]) && !blank(before[i]);
  const inComment = commentedLines(lines);
  for (let i = 1; i < lines.length; i++) {
    if (!emptied(i) || inComment[i] || !HTML_LINE.test(lines[i - 1]!)) continue;
    let end = i;
    while (emptied(end)) end++;
    if (!blank(lines[end])) lines.fill(EMPTY_COMMENT, i, end);
    i = end;
  }
  return lines.join("\n");
}

/** For each line, whether it lies inside an HTML comment opened on an earlier line and not yet closed. */
function commentedLines(lines: string[]): boolean[] {
  let open = false;
  return lines.map((line) => {
    const inside = open;
    const opened = line.lastIndexOf("<!--");
    const closed = line.lastIndexOf("-->");
    if (opened > closed) open = true;
    else if (closed >= 0) open = false;
    return inside;
  });
}
