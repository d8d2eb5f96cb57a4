import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { resumeSources } from "../support/paths.js";
import { runCommand, runVitae } from "../support/run.js";

const sources = resumeSources();
const out = mkdtempSync(join(tmpdir(), "vitae-finished-"));
const nameOf = (source: string) => basename(source, extname(source));
const pdfOf = (source: string) => join(out, `${nameOf(source)}.pdf`);

describe("a finished PDF", () => {
  beforeAll(async () => {
    const build = await runVitae(["build", ...sources, "--out", out]);
    expect(build.code, build.stderr).toBe(0);
  });

  describe.each(sources.map((s) => [nameOf(s), s]))("of %s", (_name, source) => {
    it("names its title, author, keywords, creator and page count for pdfinfo", async () => {
      const resume = JSON.parse(readFileSync(join(out, `${nameOf(source)}.json`), "utf8"));
      const info = (await runCommand("pdfinfo", [pdfOf(source)])).stdout;
      const { title, name } = { title: resume.meta?.title, name: resume.basics?.name };
      // the document's own title ("Lebenslauf") says whose it is when it does not name the owner
      const expectedTitle = !name ? (title ?? nameOf(source)) : !title ? `${name} — CV` : title.includes(name) ? title : `${title} — ${name}`;
      expect(info).toMatch(new RegExp(`^Title:\\s+${escape(expectedTitle)}$`, "m"));
      if (resume.basics?.name) expect(info).toMatch(new RegExp(`^Author:\\s+${escape(resume.basics.name)}$`, "m"));
      if (resume.skills?.length) expect(info).toMatch(/^Keywords:\s+\S/m);
      expect(info).toMatch(/^Creator:\s+vitae \d/m);
      expect(info).toMatch(/^Producer:\s+vitae /m);
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      expect(info).toMatch(/^Pages:\s+[1-9]/m);
    });

    it("carries the résumé and its source, which pdfdetach lists and vitae extract gives back", async () => {
      const list = (await runCommand("pdfdetach", ["-list", pdfOf(source)])).stdout;
      expect(list).toContain("resume.json");
      expect(list).toContain(basename(source));
      const json = await runVitae(["extract", pdfOf(source)]);
      expect(json.code, json.stderr).toBe(0);
      expect(JSON.parse(json.stdout)).toEqual(JSON.parse(readFileSync(join(out, `${nameOf(source)}.json`), "utf8")));
      const original = await runVitae(["extract", pdfOf(source), "--source"]);
      expect(original.stdout).toBe(readFileSync(source, "utf8"));
    });

    it("has an outline with a bookmark for every section and reports itself through vitae inspect", async () => {
      const inspected = await runVitae(["inspect", pdfOf(source), "--json"]);
      expect(inspected.code, inspected.stderr).toBe(0);
      const report = JSON.parse(inspected.stdout);
      const resume = JSON.parse(readFileSync(join(out, `${nameOf(source)}.json`), "utf8"));
      const outline = report.outline.map((t: string) => t.trim().toLowerCase());
      for (const section of resume.meta?.sections ?? []) expect(outline.some((o: string) => o.startsWith(section.title.toLowerCase())), section.title).toBe(true);
      expect(report.fonts.length).toBeGreaterThan(0);
      expect(report.fonts.every((f: { embedded: boolean }) => f.embedded)).toBe(true);
      const pdffonts = (await runCommand("pdffonts", [pdfOf(source)])).stdout.split("\n").slice(2).filter(Boolean);
      expect(report.fonts).toHaveLength(pdffonts.length);
      expect(report.metadata.creationDate).toBe(report.metadata.modificationDate);
      // in the name tree's order, which is sorted by name
      expect(report.attachments.map((a: { name: string }) => a.name)).toEqual(["resume.json", basename(source)].sort());
    });
  });

  it("refuses to extract from a PDF vitae did not build, saying why", async () => {
    const plain = join(out, "plain.pdf");
    const doc = await PDFDocument.create();
    doc.addPage();
    writeFileSync(plain, await doc.save());
    const run = await runVitae(["extract", plain]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/carries no resume\.json.*\[no-embedded-resume\]/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
