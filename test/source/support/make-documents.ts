import { createHash } from "node:crypto";
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import JSZip from "jszip";
import { PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts, type PDFFont } from "pdf-lib";

/** A one-page PDF with a text layer: a name set large, a heading in bold, a job with its dates at the right margin. */
export async function textPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const [regular, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)]);
  page.drawText("Ada Lovelace", { x: 50, y: 780, size: 24, font: bold });
  page.drawText("Experience", { x: 50, y: 740, size: 14, font: bold });
  page.drawText("Analytical Engine Company", { x: 50, y: 720, size: 10, font: bold });
  page.drawText("2019 - 2021", { x: 480, y: 720, size: 10, font: regular });
  page.drawText("Mathematician", { x: 50, y: 706, size: 10, font: regular });
  return doc.save();
}

/** A line of text to set, at 10 pt in Helvetica at the left margin unless told otherwise. */
export type SetLine = string | { text: string; size?: number; bold?: boolean; x?: number };

/**
 * Awesome-CV's header: the first name light and the last name bold in 32pt, the word space between them set in the
 * body's 12pt, and the position in 7.6pt under them, its baseline closer than half the name's size (`gap` points
 * under the name's; at 11, as a narrow top margin sets it, its top is above where the name's descenders reach).
 */
export async function largeNamePdf(gap = 15): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const [regular, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)]);
  const first = "Ingrid";
  const x = 200;
  page.drawText(first, { x, y: 780, size: 32, font: regular });
  page.drawText("Solberg", { x: x + regular.widthOfTextAtSize(first, 32) + regular.widthOfTextAtSize(" ", 12), y: 780, size: 32, font: bold });
  page.drawText("Reservoir Engineer", { x: 250, y: 780 - gap, size: 7.6, font: regular });
  page.drawText("Experience", { x: 50, y: 730, size: 16, font: bold });
  page.drawText("Nordvik Energi ASA", { x: 50, y: 710, size: 12, font: bold });
  page.drawText("Senior Reservoir Engineer, 2020 - 2024", { x: 50, y: 696, size: 10, font: regular });
  return doc.save();
}

/** A one-page PDF of a name and the given lines, one under another at an even pitch, as a paragraph wraps. */
export async function linesPdf(lines: readonly SetLine[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const [regular, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)]);
  page.drawText("Ada Lovelace", { x: 50, y: 780, size: 24, font: bold });
  lines.forEach((line, i) => {
    const { text, size = 10, bold: strong = false, x = 50 } = typeof line === "string" ? { text: line } : line;
    page.drawText(text, { x, y: 740 - 14 * i, size, font: strong ? bold : regular });
  });
  return doc.save();
}

/**
 * A PDF set as LaTeX's `tabular*` sets Jake's résumé and its kin: each entry's
 * first two lines carry a cell flush against the right margin (dates, place),
 * and the bullets under them stop short of those cells, so that a gutter runs
 * down the page beside several entries.
 */
export async function flushRightPdf(): Promise<Uint8Array> {
  return tabularPage("Marisol Okafor", ({ row, heading, bold }) => {
    heading("Education");
    row("University of Texas at Austin", "Austin, TX", bold);
    row("Bachelor of Science in Electrical and Computer Engineering", "Aug. 2020 – May 2024");
    row("Austin Community College", "Austin, TX", bold);
    row("Associate of Science in Mathematics", "Aug. 2018 – May 2020");
    heading("Experience");
    row("Software Engineering Intern", "May 2023 – Aug. 2023", bold);
    row("Dell Technologies", "Round Rock, TX");
    row("• Built a telemetry pipeline in Go that ingests events from storage arrays");
    row("• Cut dashboard load time by caching aggregate queries in Redis");
    row("Undergraduate Research Assistant", "Jan. 2022 – May 2023", bold);
    row("Texas Advanced Computing Center", "Austin, TX");
    row("• Ported a finite-element solver to GPUs with CUDA");
  });
}

/**
 * Entries set as Jake's résumé sets them, whose places and dates happen to be
 * as wide as each other ("Stuttgart, Germany" over "Jul 2012 - Jul 2014"), so
 * that the cells at the right margin share their left edges too.
 */
export async function evenCellsPdf(): Promise<Uint8Array> {
  return tabularPage("Martina Keller", ({ row, heading, bold }) => {
    heading("Experience");
    for (const [employer, place, role, dates, did] of [
      ["Solarwerk Research", "Stuttgart, Germany", "Research Engineer", "Jul 2012 - Jul 2014", "• Modelled the output of rooftop arrays"],
      ["Netzplan", "Freiburg, Germany", "Grid Analyst", "Apr 2021 - Present", "• Planned feeders for new housing"],
    ] as const) {
      row(employer, place, bold);
      row(role, dates);
      row(did);
    }
  });
}

/**
 * A PDF set as sb2nov's résumé sets it at 11 pt: section titles only a point larger than the text, a bullet before
 * each employer (its place and dates flush right, its role under it), and what was done there as items of an inner
 * list, their dash set further right.
 */
export async function nestedListPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  const [regular, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)]);
  page.drawText("Priya Raman", { x: 36, y: 740, size: 20, font: bold });
  let y = 700;
  const line = (x: number, left: string, right?: string, font = regular, size = 11) => {
    page.drawText(left, { x, y, size, font });
    if (right) page.drawText(right, { x: 576 - regular.widthOfTextAtSize(right, 11), y, size: 11, font: regular });
    y -= 15;
  };
  line(36, "Experience", undefined, regular, 12);
  for (const [employer, place, role, dates, did] of [
    ["Lumen Freight Inc.", "Denver, CO", "Senior Backend Engineer", "Mar 2021 – Present", ["Rate Engine: Rewrote the quoting service in Go.", "Event Pipeline: Moved tracking onto Kafka."]],
    ["Harborview Analytics", "Boston, MA", "Software Engineer", "Jan 2018 – Feb 2021", ["Reporting: Built the scheduled report service.", "Data Quality: Added contract tests to the ingestion jobs."]],
  ] as const) {
    line(36, `• ${employer}`, place, bold);
    line(47, role, dates);
    for (const item of did) line(62, `– ${item}`);
  }
  return doc.save();
}

/** Rows of a page set as LaTeX's `tabular*` sets a résumé: a line at the left margin, a cell flush against the right one. */
interface TabularRows {
  row: (left: string, right?: string, font?: PDFFont) => void;
  heading: (text: string) => void;
  bold: PDFFont;
}

/** A one-page PDF of a name set large and the rows `write` sets under it. */
async function tabularPage(name: string, write: (rows: TabularRows) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  const [regular, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)]);
  page.drawText(name, { x: 220, y: 740, size: 24, font: bold });
  let y = 700;
  const row = (left: string, right?: string, font = regular) => {
    if (font === bold) y -= 6;
    page.drawText(left, { x: 47, y, size: 10, font });
    if (right) page.drawText(right, { x: 569 - regular.widthOfTextAtSize(right, 10), y, size: 10, font: regular });
    y -= 14;
  };
  const heading = (text: string) => {
    y -= 6;
    page.drawText(text, { x: 36, y, size: 12, font: bold });
    y -= 18;
  };
  write({ row, heading, bold });
  return doc.save();
}

/**
 * A PDF whose contacts carry link annotations as LaTeX and LinkedIn set them:
 * a mailto: link over the address only of a line that goes on with a phone,
 * and a profile's address wrapped at one of its own hyphens, each line under a
 * link to the whole address.
 */
export async function linkedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const [regular, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)]);
  page.drawText("Ada Lovelace", { x: 50, y: 780, size: 24, font: bold });
  const lines = ["ada@example.com | +44 20 7946 0000", "www.linkedin.com/in/ada-", "lovelace-1815 (LinkedIn)"];
  lines.forEach((text, i) => page.drawText(text, { x: 50, y: 740 - 14 * i, size: 10, font: regular }));
  const link = (text: string, line: number, url: string) =>
    doc.context.register(
      doc.context.obj({ Type: "Annot", Subtype: "Link", Rect: [50, 738 - 14 * line, 50 + regular.widthOfTextAtSize(text, 10), 749 - 14 * line], Border: [0, 0, 0], A: { Type: "Action", S: "URI", URI: PDFString.of(url) } }),
    );
  const profile = "https://www.linkedin.com/in/ada-lovelace-1815";
  page.node.set(PDFName.of("Annots"), doc.context.obj([link("ada@example.com", 0, "mailto:ada@example.com"), link(lines[1]!, 1, profile), link(lines[2]!, 2, profile)]));
  return doc.save();
}

/** A scan: a page with an image-like filled shape and no text at all. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawRectangle({ x: 40, y: 40, width: 515, height: 762 });
  return doc.save();
}

/** Algorithm 3.2's padding string (PDF 1.7, 7.6.3.3). */
const PAD = Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex");

function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Uint8Array[]) => createHash("md5").update(Buffer.concat(parts)).digest();
const padded = (password: string) => Buffer.concat([Buffer.from(password, "latin1"), PAD]).subarray(0, 32);

/** A PDF protected by the standard security handler (revision 2, 40-bit RC4) with a user password, as old Acrobat wrote them. */
export async function encryptedPdf(userPassword = "secret"): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await textPdf());
  const id = Buffer.from("0123456789abcdef0123456789abcdef", "hex");
  const owner = rc4(md5(padded("owner")).subarray(0, 5), padded(userPassword));
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(-4);
  const key = md5(padded(userPassword), owner, permissions, id).subarray(0, 5);
  const encrypt = doc.context.obj({ Filter: "Standard", V: 1, R: 2, O: PDFHexString.of(owner.toString("hex")), U: PDFHexString.of(rc4(key, PAD).toString("hex")), P: -4 });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id.toString("hex")), PDFHexString.of(id.toString("hex"))]);
  return doc.save({ useObjectStreams: false });
}

/** A two-column CV made in Word as most are: the name in Word's Title style, then one table row, a sidebar cell beside the main cell. */
export async function twoColumnDocx(): Promise<Uint8Array> {
  const cell = (children: Paragraph[]) => new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE } });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun("Grace Hopper")] }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell([
                    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("Skills")] }),
                    new Paragraph({ bullet: { level: 0 }, children: [new TextRun("COBOL")] }),
                    new Paragraph({ bullet: { level: 0 }, children: [new TextRun("Compilers")] }),
                  ]),
                  cell([
                    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("Experience")] }),
                    new Paragraph({ children: [new TextRun({ text: "Remington Rand", bold: true }), new TextRun(" | Senior Mathematician | 1949 – 1967")] }),
                    new Paragraph({ bullet: { level: 0 }, children: [new TextRun("Led the team that wrote the A-0 compiler.")] }),
                    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("Education")] }),
                    new Paragraph({ children: [new TextRun({ text: "Yale University", bold: true }), new TextRun(" | Ph.D. in Mathematics | 1934")] }),
                  ]),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A Word document changed inside its zip: a file added, or a relationship part rewritten. */
export async function alteredDocx(change: (zip: JSZip) => void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await twoColumnDocx());
  change(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
