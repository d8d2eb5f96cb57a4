import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlRenderer } from "../../src/render/render-html.js";
import { loadTheme, ThemeError } from "../../src/render/theme.js";
import { toView } from "../../src/render/view.js";
import { runVitae } from "../support/run.js";
import { REPO } from "../support/paths.js";

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return templateFiles(path);
    return entry.name.endsWith(".hbs") ? [path] : [];
  });
}

/** A user theme folder that extends classic and overrides one file. */
function userTheme(files: Record<string, string>, manifest: object = { name: "mine", extends: "classic" }): string {
  const dir = mkdtempSync(join(tmpdir(), "vitae-theme-"));
  writeFileSync(join(dir, "theme.json"), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const CV = "# Ada Lovelace\n\n## Experience\n\n- **Analytical Engine**, Programmer, 1842\n";

describe("theme templates", () => {
  it("never print unescaped values: no triple-stash and no {{& in any built-in template", () => {
    const files = templateFiles(join(REPO, "templates"));
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (/\{\{\{|\{\{~?\s*&/.test(line) ? [`${relative(REPO, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it("report a syntax error in a user's template with its file and line", () => {
    const dir = userTheme({ "partials/entry.html.hbs": "<article>\n{{#if heading}}\n<b>{{heading}}</b>\n{{/unless}}\n</article>\n" });
    expect(() => htmlRenderer(loadTheme(dir))).toThrow(ThemeError);
    expect(() => htmlRenderer(loadTheme(dir))).toThrow(/partials\/entry\.html\.hbs: .*\b2\b/);
  });

  it("report a broken user theme on the command line in one line, with exit code 2", async () => {
    const dir = userTheme({ "resume.html.hbs": "<html>\n<body>\n{{#each view.sections}\n</body>\n" });
    const cv = join(dir, "cv.md");
    writeFileSync(cv, CV);
    const result = await runVitae(["build", cv, "--theme", dir, "--format", "html", "--out", join(dir, "out")]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(join(dir, "resume.html.hbs"));
    expect(result.stderr).toMatch(/line 3|\b3:\d+/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("theme names", () => {
  it("cannot reach outside the templates folder", () => {
    for (const name of ["..", "%2e%2e", "classic\u0000", "CLASSIC..", "etc", "passwd"]) expect(() => loadTheme(name), name).toThrow(ThemeError);
  });

  it("are refused as a path to a folder that is not a theme", async () => {
    const result = await runVitae(["build", join(REPO, "resumes", "none.md"), "--theme", "../../etc", "--format", "html", "--out", mkdtempSync(join(tmpdir(), "vitae-out-"))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^vitae: \.\.\/\.\.\/etc is not a theme folder/);
  });

  it("cannot be extended through a path", () => {
    const dir = userTheme({}, { name: "sneaky", extends: "../../etc" });
    expect(() => loadTheme(dir)).toThrow(/"extends" must name a built-in theme/);
  });
});

describe("values a template may print without escaping", () => {
  it("are never user text: a profile's network becomes a slug before it is a contact's kind", () => {
    const network = String.raw`\input{/etc/passwd} "x"<y>`;
    for (const target of ["html", "tex"] as const) {
      const { contacts } = toView({ basics: { name: "Ada", profiles: [{ network, url: "https://example.org/ada" }] } }, target);
      expect(contacts.map((c) => c.kind)).toEqual(["input-etc-passwd-x-y"]);
    }
  });
});
