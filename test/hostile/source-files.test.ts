import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runVitae } from "../support/run.js";

const dir = mkdtempSync(join(tmpdir(), "vitae-sources-"));

/** Each kind of source vitae must refuse, with the words its one-line message must contain. */
const CASES: { name: string; make: (path: string) => void; rule: string; says: RegExp }[] = [
  { name: "empty.md", make: (p) => writeFileSync(p, ""), rule: "source-empty", says: /empty/ },
  { name: "blank.txt", make: (p) => writeFileSync(p, " \n\t\n"), rule: "source-empty", says: /empty/ },
  { name: "binary.md", make: (p) => writeFileSync(p, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02])), rule: "source-binary", says: /binary/ },
  { name: "latin1.md", make: (p) => writeFileSync(p, Buffer.from("# Zo\xeb\n", "latin1")), rule: "source-not-utf8", says: /UTF-8/ },
  { name: "folder.md", make: (p) => mkdirSync(p), rule: "source-is-directory", says: /folder/ },
  { name: "missing.md", make: () => undefined, rule: "source-missing", says: /no such file/ },
  { name: "huge.md", make: (p) => (writeFileSync(p, "# Big\n"), truncateSync(p, 5 * 1024 * 1024 + 1)), rule: "source-too-large", says: /at most 5 MB/ },
];

describe("a source vitae cannot read", () => {
  beforeAll(() => {
    for (const c of CASES) c.make(join(dir, c.name));
  });

  for (const command of ["parse", "build"]) {
    for (const c of CASES) {
      it(`is refused by \`vitae ${command}\` in one line when it is ${c.name}`, async () => {
        const path = join(dir, c.name);
        const args = command === "build" ? ["build", path, "--format", "json,html", "--out", join(dir, "out")] : ["parse", path];
        const result = await runVitae(args);
        expect(result.code).toBe(1);
        expect(result.stdout).toBe("");
        // build ends with its batch summary ("vitae: 1 of 1 source(s) failed"); the refusal itself is one line
        const lines = result.stderr.trimEnd().split("\n").filter((l) => !/^vitae: \d+ of \d+ source/.test(l));
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: error: .*\\[${c.rule}\\]$`));
        expect(lines[0]).toMatch(c.says);
        expect(result.stderr).not.toMatch(/^\s+at |internal error/m);
      });
    }
  }

  it("is refused when it is a device that never ends", async () => {
    const result = await runVitae(["parse", "/dev/zero"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("/dev/zero: error: this is not a regular file (a device, pipe or socket) but should be a CV: a .md, .txt, .json, .yaml, .pdf or .docx file; save it to a file first [source-not-a-file]\n");
  });

  it("is refused by `vitae build` when it is a named pipe, instead of waiting on it forever", async () => {
    const fifo = join(dir, "pipe.md");
    execFileSync("mkfifo", [fifo]);
    const result = await runVitae(["build", fifo, "--format", "json", "--out", join(dir, "out")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/pipe\.md: error: this is not a regular file .*\[source-not-a-file\]/);
  });
});

/** Sidecars are read with the same care as sources: a bad one is refused, never skipped in silence. */
const SIDECARS: { name: string; make: (path: string) => void; rule: string }[] = [
  { name: "folder", make: (p) => mkdirSync(p), rule: "source-is-directory" },
  { name: "binary", make: (p) => writeFileSync(p, Buffer.from([0x62, 0x3a, 0x00, 0x01])), rule: "source-binary" },
  { name: "latin1", make: (p) => writeFileSync(p, Buffer.from("basics: {name: Zo\xeb}\n", "latin1")), rule: "source-not-utf8" },
];

describe("a .meta.yaml sidecar vitae cannot read", () => {
  for (const c of SIDECARS) {
    it(`stops the build of its source with one clear message when it is ${c.name}`, async () => {
      const source = join(dir, `with-${c.name}.md`);
      writeFileSync(source, "# Jane Doe\n\njane@example.org\n");
      c.make(join(dir, `with-${c.name}.meta.yaml`));
      const result = await runVitae(["parse", source]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`with-${c.name}\\.meta\\.yaml: error: .*\\[${c.rule}\\]`));
    });
  }
});

describe("YAML with an alias whose anchor is never set", () => {
  it("is refused with the YAML's own message in a résumé, in front matter and in a sidecar, never as an internal error", async () => {
    const resume = join(dir, "alias.yaml");
    writeFileSync(resume, "basics:\n  name: *who\n");
    const front = join(dir, "alias-front.md");
    writeFileSync(front, "---\nname: Jane Doe\nlabel: *title\n---\n\n# Jane Doe\n");
    const withSidecar = join(dir, "alias-sidecar.md");
    writeFileSync(withSidecar, "# Jane Doe\n\njane@example.org\n");
    writeFileSync(join(dir, "alias-sidecar.meta.yaml"), "basics:\n  label: *title\n");
    for (const path of [resume, front, withSidecar]) {
      const result = await runVitae(["parse", path]);
      expect(result.stderr, path).toMatch(/error: the YAML could not be read: Unresolved alias .*\[yaml-syntax\]/);
      expect(result.stderr, path).not.toMatch(/internal error/);
    }
  });
});
