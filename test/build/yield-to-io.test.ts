import { describe, expect, it } from "vitest";
import { yieldToIo } from "../../src/yield-to-io.js";

describe("yielding to the event loop between stretches of synchronous work", () => {
  it("resumes one waiting caller per turn of the loop, so that what came in meanwhile runs between two of them", async () => {
    const order: string[] = [];
    const first = yieldToIo().then(() => order.push("first file"));
    const second = yieldToIo().then(() => order.push("second file"));
    // stands for a socket's data: handled in the turn after the first caller resumes, before the second does
    setImmediate(() => order.push("an answer from Chromium"));
    await Promise.all([first, second]);
    expect(order).toEqual(["first file", "an answer from Chromium", "second file"]);
  });

  it("resumes every caller, in the order they came", async () => {
    const order: number[] = [];
    await Promise.all(Array.from({ length: 5 }, (_, i) => yieldToIo().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });
});
