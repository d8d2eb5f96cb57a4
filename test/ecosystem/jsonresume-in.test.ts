import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics/format.js";
import { loadJsonResume } from "../../src/jsonresume/load-jsonresume.js";
import { decodeSource } from "../../src/source/read-source.js";
import { REPO } from "../support/paths.js";

const FIXTURES = join(REPO, "test/fixtures/jsonresume");
export const SAMPLE = join(REPO, "node_modules/@jsonresume/schema/sample.resume.json");

function load(path: string) {
  const source = decodeSource(path, readFileSync(path));
  if (!source.ok) throw new Error("unreadable fixture");
  return loadJsonResume(source.value);
}

describe("reading JSON Resume documents", () => {
  it("reads the JSON Resume project's sample without a diagnostic", () => {
    const loaded = load(SAMPLE);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.ok && loaded.value.basics?.name).toBe("Richard Hendriks");
    expect(loaded.ok && loaded.value.projects?.[0]?.roles).toEqual(["Team lead", "Designer"]);
  });

  it("reports every schema mistake of a JSON file at its line and column", () => {
    const loaded = load(join(FIXTURES, "mistakes.json"));
    expect(loaded.ok).toBe(false);
    const lines = loaded.diagnostics.map((d) => formatDiagnostic(d).replace(FIXTURES + "/", ""));
    expect(lines).toEqual([
      expect.stringMatching(/^mistakes\.json:4:14: error: \/basics\/email is "not-an-address"; JSON Resume expects an e-mail address.* \[jsonresume-schema\]$/),
      expect.stringMatching(/^mistakes\.json:10:20: error: \/work\/0\/startDate is "1843-7"; JSON Resume expects a date as YYYY, YYYY-MM or YYYY-MM-DD/),
      expect.stringMatching(/^mistakes\.json:11:18: error: \/work\/0\/endDate is 1844; JSON Resume expects a value of type string/),
    ]);
  });

  it("reads YAML with dates and scores kept as strings, and warns at the key of a field it leaves out", () => {
    const loaded = load(join(FIXTURES, "ada.yaml"));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.work?.[0]).toMatchObject({ startDate: "1842", endDate: "1843-07" });
    expect(loaded.value.education?.[0]?.score).toBe("4.0");
    expect(loaded.diagnostics.map(formatDiagnostic)).toEqual([expect.stringMatching(/ada\.yaml:6:3: warning: \/basics\/shoeSize is not a JSON Resume field.* \[unknown-field\]$/)]);
  });

  it("points a YAML date mistake at its value", () => {
    const loaded = load(join(FIXTURES, "bad-dates.yaml"));
    expect(loaded.diagnostics.map((d) => [d.position, d.ruleId])).toEqual([[{ line: 5, column: 16 }, "jsonresume-schema"]]);
  });

  it("reports a JSON syntax error at its place instead of throwing", () => {
    const source = decodeSource("broken.json", new TextEncoder().encode('{\n  "basics": {"name": "Ada",, }\n}\n'));
    if (!source.ok) throw new Error("undecodable");
    const loaded = loadJsonResume(source.value);
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics[0]).toMatchObject({ ruleId: "json-syntax", position: { line: 2 } });
  });
});
