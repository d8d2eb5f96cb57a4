import { describe, expect, it } from "vitest";
import type { SourceLine } from "../../src/parse/source-line.js";
import { nameFromHandles } from "../../src/extract/name-from-handles.js";

const line = (text: string): SourceLine => ({ kind: "text", text, position: { line: 1, column: 1 }, depth: 0, links: [], gap: false });

describe("nameFromHandles", () => {
  it("joins a name a sidebar split over two lines when the owner's e-mail spells it", () => {
    const found = nameFromHandles([line("Data Analyst"), line("Ondrej"), line("Kalina"), line("Prague")], { email: "kalina.ondrej@example.org" });
    expect(found?.name).toBe("Ondrej Kalina");
  });

  it("finds nothing when no handle holds the words", () => {
    expect(nameFromHandles([line("Ondrej"), line("Kalina")], { email: "info@example.org" })).toBeUndefined();
  });
});
