import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { processTree } from "../../src/pdf/process-memory.js";
import { openPrinter } from "../../src/pdf/printer.js";

/** Chromium's renderer processes under this test's process: one per open page, and a few Chromium keeps ready. */
function renderers(): number[] {
  return processTree(process.pid).flatMap((p) => {
    try {
      return readFileSync(`/proc/${p.pid}/cmdline`, "utf8").includes("--type=renderer") ? [p.pid] : [];
    } catch {
      return [];
    }
  });
}

describe("a printer's pages over a batch", () => {
  it("re-uses its pages: sixty prints, two at a time, start no renderer after the first round", async () => {
    const printer = openPrinter({ poolSize: 2, env: process.env });
    try {
      const printRound = (round: number) => Promise.all([0, 1].map((i) => printer.print(`<p>document ${round}.${i}</p>`)));
      await printRound(0);
      const first = new Set(renderers());
      expect(first.size).toBeGreaterThanOrEqual(2);
      const seen = new Set(first);
      for (let round = 1; round < 30; round++) {
        await printRound(round);
        for (const pid of renderers()) seen.add(pid);
      }
      // a page opened for each print would start a renderer for each (measured: 17 over 30 prints)
      expect(seen.size).toBeLessThanOrEqual(first.size + 1);
    } finally {
      await printer.close();
    }
  });
});
