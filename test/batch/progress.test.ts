import { describe, expect, it } from "vitest";
import { createProgress, duration, LONG_BATCH, type FileOutcome } from "../../src/output/progress.js";

const outcome = (i: number, over: Partial<FileOutcome> = {}): FileOutcome => ({ source: `resumes/cv-${i}.md`, ok: true, skipped: false, outputs: [`out/cv-${i}.pdf`], pageCount: 1, ms: 5, ...over });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a batch of `total` through a progress report and returns what it wrote. */
async function runBatch(total: number, live: boolean, { upToDate = 0, every = 0 } = {}): Promise<string> {
  let written = "";
  const progress = createProgress({ write: (t) => (written += t), live, color: false }, total, "normal");
  for (let i = 0; i < total; i++) {
    progress.started(`resumes/cv-${i}.md`);
    if (every) await sleep(every);
    progress.finished(outcome(i, { skipped: i < upToDate }));
  }
  progress.end("vitae: done", true);
  return written;
}

describe("progress in a CI log", () => {
  it("gives a short batch one line per file", async () => {
    const log = await runBatch(5, false);
    expect(log.split("\n").filter((l) => l.includes("→"))).toHaveLength(5);
    expect(log).not.toMatch(/%/);
  });

  it("gives a long batch one line per tenth, with its rate and time left, and no line per file", async () => {
    const log = await runBatch(200, false, { upToDate: 30, every: 2 });
    const lines = log.trimEnd().split("\n");
    expect(lines.filter((l) => l.includes("→"))).toEqual([]);
    const tenths = lines.filter((l) => /^\[\d+\/200\] \d+%/.test(l));
    expect(tenths.map((l) => /(\d+)%/.exec(l)![1])).toEqual(["10", "20", "30", "40", "50", "60", "70", "80", "90", "100"]);
    expect(tenths[3]).toMatch(/^\[80\/200\] 40% [\d.]+ s · \d+(\.\d)? CV\/s · \d+ s left$/);
    expect(tenths[9]).not.toMatch(/left/);
    expect(lines.at(-1)).toMatch(/^vitae: done in \d+ s$/);
    expect(log).not.toMatch(/\x1b/);
  });
});

describe("progress on a terminal", () => {
  it("keeps one live line, which shows rate and time left once a long batch has a pace", async () => {
    const log = await runBatch(LONG_BATCH + 5, true, { every: 3 });
    const frames = log.split("\r\x1b[K").filter(Boolean);
    expect(frames.at(-1)).toMatch(/^vitae: done/);
    expect(frames.filter((f) => / CV\/s · \d+ s left/.test(f)).length).toBeGreaterThan(LONG_BATCH / 2);
    expect(log.split("\n").filter(Boolean)).toHaveLength(1);
  });
});

describe("a batch that an error ends", () => {
  it("clears the live line and does not draw it again, so that the error starts a line of its own", async () => {
    let written = "";
    const progress = createProgress({ write: (t) => (written += t), live: true, color: false }, 3, "normal");
    progress.started("resumes/cv-0.md");
    await sleep(250);
    progress.stop();
    expect(written.endsWith("\r\x1b[K")).toBe(true);
    const atStop = written.length;
    progress.note("a late note\n");
    await sleep(450);
    expect(written.slice(atStop)).toBe("a late note\n");
  });
});

describe("duration", () => {
  it("reads as a person would say it", () => {
    expect([duration(4_400), duration(185_000), duration(3_725_000)]).toEqual(["4 s", "3 min 05 s", "1 h 02 min"]);
  });
});
