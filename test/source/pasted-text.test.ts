import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/source/detect-format.js";

/** A LinkedIn export's text pasted into a `.md` file: not one mark of Markdown in it. */
const pasted = `Kontakt

lena.brandt@example.de

Top-Kenntnisse

Kubernetes

Lena Brandt

Cloud Engineer
Leipzig, Sachsen, Deutschland

Berufserfahrung

Nordwind Systems GmbH
Cloud Engineer
März 2022 - Heute (2 Jahre 1 Monat)
`;

describe("a .md file that holds no Markdown", () => {
  it("is read as plain text, whose titles alone on their lines are headings", () => {
    expect(detectFormat("Lebenslauf.md", pasted).format).toBe("text");
  });

  it("stays Markdown with any mark of Markdown in it: a list, emphasis, a link or a heading", () => {
    for (const mark of ["- Kubernetes", "*Cloud Engineer*", "[Blog](https://example.de)", "Berufserfahrung\n---------------", "## Kontakt"]) {
      expect(detectFormat("cv.md", `${pasted}\n${mark}\n`).format).toBe("markdown");
    }
  });
});
