import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

/** moderncv banking as pdftotext writes it: the employer on a dotted line, then each role over its dates and what was done. */
const DOTS = ". . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .";
const CV = `Farid Kashani
farid.kashani@example.org

Experience

Harbourlight Co.${DOTS}
Software Engineer
2013/06-2013/10
Emulated the main functions of a set-top box and wrote the tools around it in Python.
Reverse Engineer
2013/06-2013/10
Examined the binaries of the firmware image and the protocol between device and server.

Quillmark Co.${DOTS}
Incident Response Lead
2011/01-2013/05
Led a group of specialists who advised organisations hit by attacks.
Malware Analyst Team Supervisor
2012/03-2013/05
Trained and directed a team of analysts.
Malware Analyst
2010/09-2012/02
Wrote unpackers and disinfectors for common threats.
`;

describe("several roles under one employer's line", () => {
  it("gives each role the employer above it, where its dates lie within or run on from the role above", async () => {
    const { work } = await readText(CV);
    expect(work?.map((w) => [w.name, w.position])).toEqual([
      ["Harbourlight Co.", "Software Engineer"],
      ["Harbourlight Co.", "Reverse Engineer"],
      ["Quillmark Co.", "Incident Response Lead"],
      ["Quillmark Co.", "Malware Analyst Team Supervisor"],
      ["Quillmark Co.", "Malware Analyst"],
    ]);
  });
});
