import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { loadResume } from "../../src/load-resume.js";
import { readSource } from "../../src/source/read-source.js";

const dir = mkdtempSync(join(tmpdir(), "vitae-pdf-dates-"));

/** A row of the page: the date column's piece (set flush right against the column's edge), the text beside it. */
type Row = [dates: string, text: string, bold?: boolean] | "gap" | { heading: string };

/**
 * An invented CV set as moderncv's classic style sets one with the months written out: a date column too narrow for
 * "September 2019 – November 2022", set flush right against a gutter, wraps the range over the lines beside its entry,
 * two or three lines of it beside nothing.
 */
async function classicPdf(rows: readonly Row[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const [regular, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)]);
  page.drawText("Tomasz Wierzbicki", { x: 74, y: 760, size: 24, font: bold });
  let y = 700;
  for (const row of rows) {
    if (row === "gap") y -= 6;
    else if ("heading" in row) {
      y -= 10;
      page.drawText(row.heading, { x: 146, y, size: 14, font: bold });
      y -= 20;
    } else {
      const [dates, text, strong] = row;
      if (dates) page.drawText(dates, { x: 137 - regular.widthOfTextAtSize(dates, 10.9), y, size: 10.9, font: regular });
      if (text) page.drawText(text, { x: 146, y, size: 10.9, font: strong ? bold : regular });
      y -= 13.6;
    }
  }
  return doc.save();
}

/** Awesome-CV's kind of page: the dates at the right margin, a range too long for its cell wrapped round the role's line. */
async function rightColumnPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  const [regular, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)]);
  const right = (text: string, y: number) => page.drawText(text, { x: 572 - regular.widthOfTextAtSize(text, 10), y, size: 10, font: regular });
  page.drawText("Odile Marchetti", { x: 200, y: 740, size: 30, font: bold });
  page.drawText("Experience", { x: 40, y: 690, size: 16, font: bold });
  page.drawText("Halvorsen Maritime", { x: 40, y: 668, size: 10.9, font: bold });
  right("Bergen, Norway", 668);
  right("September 2016 – September", 654.5);
  page.drawText("SENIOR NAVAL SOFTWARE ENGINEER IN HULL MONITORING SYSTEMS", { x: 40, y: 647.7, size: 10, font: regular });
  right("2020", 641);
  page.drawText("• Wrote the strain-gauge ingestion service for the hull sensors of the fleet's ferries and tankers, in Rust and Go.", { x: 41, y: 627, size: 10, font: regular });
  page.drawText("Brightwater Labs", { x: 40, y: 606, size: 10.9, font: bold });
  right("Oslo, Norway", 606);
  page.drawText("SOFTWARE ENGINEER", { x: 40, y: 592.5, size: 10, font: regular });
  right("March 2013 – August 2016", 592.5);
  page.drawText("• Kept the tide-gauge archive running and moved its nightly imports from cron jobs onto a queue of workers.", { x: 41, y: 578, size: 10, font: regular });
  return doc.save();
}

async function read(name: string, pdf: Uint8Array) {
  const path = join(dir, name);
  writeFileSync(path, pdf);
  const source = await readSource(path);
  const loaded = await loadResume(path);
  if (!loaded.ok) throw new Error("not loaded");
  return { text: source.ok ? source.value.text : "", resume: loaded.value.resume };
}

describe("a PDF whose narrow column of dates wraps a range with its months written out", () => {
  it("moderncv classic: the pieces at the heads of the lines beside the entry are one range again, in the entry's first line, and date it", async () => {
    const { text, resume } = await read(
      "classic.pdf",
      await classicPdf([
        { heading: "Experience" },
        ["September", "Platform Engineer, Vistula Freight, Sopot", true],
        ["2019 –", "• Moved the dispatch service onto Kubernetes."],
        ["November", ""],
        ["2022", ""],
        "gap",
        ["March 2016 –", "Backend Developer, Ledgerline Software, Kraków", true],
        ["August 2019", "• Kept the invoicing engine fast."],
        "gap",
        // a whole date alone is left as it is, though a year stands under it
        ["October 2015", "Intern, Tatra Maps, Zakopane", true],
        "gap",
        ["2014", "Volunteer, Baltic Code Club, Gdynia", true],
        { heading: "Education" },
        ["February", "MSc Computer Science, Sopot University of Technology, Sopot", true],
        ["2014 – June", "Thesis on route planning."],
        ["2016", ""],
      ]),
    );
    expect(text).toContain("September 2019 – November 2022 **Platform Engineer, Vistula Freight, Sopot**");
    expect(text).not.toMatch(/^(?:November|2022)$/m);
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Vistula Freight", "Platform Engineer", "2019-09", "2022-11"],
      ["Ledgerline Software", "Backend Developer", "2016-03", "2019-08"],
      ["Tatra Maps", "Intern", "2015-10", "2015-10"],
      ["Baltic Code Club", "Volunteer", "2014", "2014"],
    ]);
    expect(resume.education?.map((e) => [e.institution, e.startDate, e.endDate])).toEqual([["Sopot University of Technology", "2014-02", "2016-06"]]);
  });

  it("a date column that stacks the range's start, its joining word and its end: the three pieces are one range beside the entry", async () => {
    const { text, resume } = await read(
      "stacked.pdf",
      await classicPdf([
        { heading: "Work Experience" },
        ["August 2020", "Support Analyst at Tarnow Logistics, Lublin", true],
        ["to", "• Ran the help desk for the warehouse scanners."],
        ["Present", ""],
        "gap",
        ["May 2017", "Junior Tester at Orlik Games, Gdynia", true],
        ["to", ""],
        ["July 2020", ""],
      ]),
    );
    expect(text).toContain("August 2020 to Present **Support Analyst at Tarnow Logistics, Lublin**");
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Tarnow Logistics", "Support Analyst", "2020-08", undefined],
      ["Orlik Games", "Junior Tester", "2017-05", "2020-07"],
    ]);
  });

  it("a column of dates at the right margin: the range's last piece under the role's line goes back to its first, beside the role", async () => {
    const { text, resume } = await read("right.pdf", await rightColumnPdf());
    expect(text).toContain("SENIOR NAVAL SOFTWARE ENGINEER IN HULL MONITORING SYSTEMS\tSeptember 2016 – September 2020");
    expect(resume.work?.map((w) => [w.name, w.startDate, w.endDate])).toEqual([
      ["Halvorsen Maritime", "2016-09", "2020-09"],
      ["Brightwater Labs", "2013-03", "2016-08"],
    ]);
  });
});
