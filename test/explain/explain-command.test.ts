import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../support/paths.js";
import { runVitae } from "../support/run.js";

const GUESSES = join(REPO, "test/fixtures/explain/guesses.md");
const ANSI = /\x1b\[[\d;]*m/;

describe("vitae explain", () => {
  it("prints each source line with what it became, marks the guesses with how to settle them, and counts them", async () => {
    const { code, stdout } = await runVitae(["explain", GUESSES]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines.find((l) => /^ 1 /.test(l))).toMatch(/name\s+# Jane Doe$/);
    expect(lines.find((l) => l.includes("jane@example.org"))).toMatch(/contact → email, phone/);
    expect(lines.find((l) => l.includes("## Experience"))).toMatch(/section → work/);
    expect(lines.find((l) => l.includes("### Globex | Northwind"))).toMatch(/^ *\d+ \? work entry 1 → organisation \/ role/);
    expect(stdout).toContain('to settle it: write "Northwind at Globex"');
    expect(lines.find((l) => l.includes("References on request."))).toMatch(/\? catch-all → "Experience \(more\)"/);
    expect(lines.find((l) => l.includes("Shipped the billing"))).toMatch(/work entry 1 → highlight/);
    expect(stdout).toMatch(/guesses\.md: 22 lines: .*1 in a catch-all section.*; 2 uncertain readings\n$/);
  });

  it("is plain when piped, coloured when asked, and never coloured under NO_COLOR unless asked", async () => {
    expect((await runVitae(["explain", GUESSES])).stdout).not.toMatch(ANSI);
    expect((await runVitae(["explain", "--color", GUESSES])).stdout).toMatch(ANSI);
    expect((await runVitae(["explain", GUESSES], { env: { NO_COLOR: "1" } })).stdout).not.toMatch(ANSI);
  });

  it("gives tools every line as JSON with its role, the résumé paths it became and its doubt", async () => {
    const { code, stdout } = await runVitae(["explain", "--json", GUESSES]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.lines).toHaveLength(22);
    const globex = json.lines.find((l: { text: string }) => l.text === "### Globex | Northwind");
    expect(globex).toMatchObject({ role: "entry", paths: ["/work/0/name", "/work/0/position"], doubt: { ruleId: "weak-evidence" } });
    expect(json.counts.uncertain).toBe(2);
  });

  it("refuses a JSON Resume document, which has no reading to explain, with a one-line error", async () => {
    const { code, stderr } = await runVitae(["explain", join(REPO, "test/fixtures/jsonresume/ada.yaml")]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no reading to explain \[explain-json\]\n$/);
  });
});
