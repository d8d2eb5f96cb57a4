import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { escapeLatex } from "../../src/render/escape.js";
import { escapeUrlForLatex } from "../../src/render/inline.js";
import { latexRenderer } from "../../src/render/render-latex.js";
import { loadTheme } from "../../src/render/theme.js";
import { ResumeSchema, type Resume } from "../../src/resume/schema.js";
import { compileTex, filesIn, pdfLinks, pdfText, squeeze } from "./support/xelatex.js";

/** TeX that would read, write or run something if it reached xelatex unescaped. */
const INJECTIONS = [
  String.raw`\input{/etc/passwd}`,
  String.raw`\write18{touch pwned-write18}`,
  String.raw`\immediate\write18{touch pwned-immediate}`,
  String.raw`\immediate\openout5=pwned-openout.tex\immediate\write5{x}\immediate\closeout5`,
  String.raw`^^5cinput{/etc/hostname}`,
  String.raw`\catcode` + "`" + String.raw`\@=11 \makeatletter`,
  String.raw`\def\x{\input{/etc/hostname}}\x`,
  String.raw`}}} unbalanced {{ braces {`,
  String.raw`100% sure % not a comment`,
  String.raw`$x^2$ & # _ ~ [opt] \\ \par`,
];

const hostile: Resume = ResumeSchema.parse({
  basics: { name: INJECTIONS[0], label: INJECTIONS[1], summary: `${INJECTIONS[2]} **in bold**` },
  // each in a field of its own: a long unbreakable "word" would run off the page and out of pdftotext's view
  work: [{ name: INJECTIONS[4], position: INJECTIONS[5], highlights: [INJECTIONS[6], `\`${INJECTIONS[7]}\``, `*${INJECTIONS[3]}*`], url: "https://example.com/" }],
  awards: [{ title: INJECTIONS[8], awarder: INJECTIONS[9] }],
  skills: [{ name: "TeX", keywords: ["\\jobname", "\\newwrite\\f"] }],
  meta: { sections: [{ key: "summary", title: "About \\relax" }, { key: "work", title: "Work" }, { key: "awards", title: "Awards" }, { key: "skills", title: "Skills" }] },
});

describe("escaping for LaTeX", () => {
  it("turns every TeX special character into a literal", () => {
    expect(escapeLatex("\\ { } $ & # ^ _ % ~ [ ] `")).toBe(
      "\\textbackslash{} \\{ \\} \\$ \\& \\# \\textasciicircum{} \\_ \\% \\textasciitilde{} {[} {]} \\textasciigrave{}",
    );
  });

  it("drops control characters and joins lines, so no ^^ notation or blank line can form", () => {
    expect(escapeLatex("a\u0000b\u0007c\u000cd\u001be\u007ff\u0085g\u009fh")).toBe("abcdefgh");
    expect(escapeLatex("one\n\ntwo\r\rthree\r\nfour")).toBe("one two three four");
  });

  it("keeps Unicode as Unicode for xelatex", () => {
    expect(escapeLatex("Zoë 刘学深 — Ελληνικά עברית \u202Eevil\u202C 🎓")).toBe("Zoë 刘学深 — Ελληνικά עברית \u202Eevil\u202C 🎓");
  });

  it("makes URLs safe inside \\href: TeX specials escaped or percent-encoded, spaces and controls dropped", () => {
    expect(escapeUrlForLatex("https://x.org/a b\u0000?q=1%20&r=#f~{}\\^_$")).toBe("https://x.org/ab?q=1\\%20\\&r=\\#f\\%7E\\%7B\\%7D\\%5C\\%5E\\_\\%24");
  });
});

describe("a hostile CV compiled with xelatex", () => {
  it("prints every injection literally and reads or writes nothing", async () => {
    const tex = latexRenderer(loadTheme("classic"))(hostile);
    const result = await compileTex(tex);
    expect(result.ok, result.log.split("\n").filter((l) => l.startsWith("!")).join("\n")).toBe(true);
    const text = squeeze(await pdfText(result.pdf!));
    for (const injection of INJECTIONS) expect(text).toContain(squeeze(injection));
    expect(text).toContain(squeeze("\\jobname"));
    // nothing outside the TeX installation, the fonts and the compile folder was opened
    const outside = result.inputs.filter((f) => !/^(\/usr\/share\/(texlive|texmf|fonts)|\/var\/lib\/texmf|\/etc\/texmf|\/usr\/local\/share\/fonts)\//.test(f) && !f.startsWith(result.dir) && !/^[^/]/.test(f));
    expect(outside).toEqual([]);
    expect(result.inputs.join("\n")).not.toMatch(/passwd|hostname/);
    expect(filesIn(result.dir)).toEqual(["cv.aux", "cv.fls", "cv.log", "cv.out", "cv.pdf", "cv.tex"]);
    for (const file of ["pwned-write18", "pwned-immediate", "pwned-openout.tex"]) expect(existsSync(join(result.dir, file))).toBe(false);
    expect(result.log).not.toMatch(/runsystem|\\openout5/);
  });

  it("links to URLs with TeX specials exactly as written", async () => {
    const urls = ["https://example.com/a%20b?x=1&y=2#frag", "https://example.com/~user/", "https://example.com/a\\b{c}^d_e$f"];
    const resume = ResumeSchema.parse({ basics: { name: "Links" }, projects: urls.map((url, i) => ({ name: `P${i}`, url })), meta: { sections: [{ key: "projects", title: "Projects" }] } });
    const result = await compileTex(latexRenderer(loadTheme("classic"))(resume));
    expect(result.ok, result.log.split("\n").filter((l) => l.startsWith("!")).join("\n")).toBe(true);
    expect(await pdfLinks(result.pdf!)).toEqual(["https://example.com/a%20b?x=1&y=2#frag", "https://example.com/%7Euser/", "https://example.com/a%5Cb%7Bc%7D%5Ed_e%24f"]);
  });
});
