import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

/** An invented PDF's text: a name, a publications heading and its lines as pdftotext wraps them. */
const papersOf = async (lines: string[], top = "Mara Quell") => {
  const text = [top, "", "Publications", "", ...lines, ""].join("\n");
  const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
  return resume.publications?.map((p) => p.name);
};

describe("a PDF's publications, one citation wrapped over several lines", () => {
  it("starts a citation at each line led by its authors and joins the lines that wrap it, a group's label left out", async () => {
    expect(
      await papersOf([
        "Journal articles",
        "Mara Quell and Tobin Ashgrove. 2015. “Tidal Rhythms in Harbour Labour Markets.” Annual",
        "Review of Port Studies 12: 201–233.",
        "Mara Quell. 2012. “Salt, Rope and the Guild Ledger: Notes from a Coastal",
        "Archive.” Maritime History Quarterly 40: 17–38.",
        "Mara Quell. 2010. “Lanterns and Ledgers,” in Essays on Harbour Life, edited by Pell Darrow, Ines Varga and Odile",
        "Brisk. Kingsport: Gull Press, 88–102.",
        "Mara Quell. Forthcoming. “Knots, Nets and the Weather of",
        "Trade,” in The Coast as Workplace: Histories of Fishing Towns and Their",
        "Archives, edited by Tobin Ashgrove and Kasimir Lund. Kingsport: Gull Press.",
      ]),
    ).toEqual([
      "Tidal Rhythms in Harbour Labour Markets",
      "Salt, Rope and the Guild Ledger: Notes from a Coastal Archive",
      "Lanterns and Ledgers",
      "Knots, Nets and the Weather of Trade",
    ]);
  });

  it("joins a venue wrapped onto the next line, whose last words look like one author's name, to its citation", async () => {
    expect(
      await papersOf([
        "Mara Quell and Tobin Ashgrove. 2015. “Tidal Rhythms in Harbour Labour Markets.” Annual Review of Port",
        "Labour Studies. 12: 201–233.",
        "Mara Quell. 2012. “Salt, Rope and the Guild Ledger.” Journal of Maritime History and Coastal",
        "Trade Routes. 40: 17–38.",
      ]),
    ).toEqual(["Tidal Rhythms in Harbour Labour Markets", "Salt, Rope and the Guild Ledger"]);
  });

  it("keeps a line of authors alone, broken inside a name, with the title on the line below, a hyphened given name one word", async () => {
    expect(
      await papersOf([
        "Ines Varga, In-Sook Park, Pell Darrow, Mara Quell, Tobin Ashgrove, Odile Brisk, Kasimir",
        "Lund,“Sensing Drift in Estuary Buoys,” The 4th Workshop in Coastal Sensing (CoastSense), May 2013.",
        "Mara Quell, Tobin Ashgrove,“Quiet Radios for Tide Gauges,” The 2nd Symposium on Marine Networks, June 2011.",
        "Odile Brisk, Mara Quell,“Buoy Clocks Without GPS,” The 1st Symposium on Marine Networks, June 2010.",
      ]),
    ).toEqual(["Sensing Drift in Estuary Buoys", "Quiet Radios for Tide Gauges", "Buoy Clocks Without GPS"]);
  });

  it("reads a small-capitals name line, which the PDF gives in lower case, as no evidence against the name's words", async () => {
    const top = "mara quell";
    expect(
      await papersOf(
        [
          "Mara Quell. 2016. “Harbour Bells and Civic Time.” Urban Sound Review 3: 1–19.",
          "Tobin Ashgrove and Mara Quell. 2014. “The Pilot’s Almanac as a Social",
          "Document.” Coastal Sociology 8: 44–61.",
        ],
        top,
      ),
    ).toEqual(["Harbour Bells and Civic Time", "The Pilot’s Almanac as a Social Document"]);
  });

  it("still counts the words of a wrapped line of prose without capitals against a heading taken for a name", async () => {
    const text = "# Distributed Storage\n\nI am a backend engineer. For ten years I have worked on\ndistributed storage, mostly object stores and queues.\n\n## Experience\n\n### Acme Corp – Software Engineer (2019 – 2023)\n- Built the billing service\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.basics?.name).toBeUndefined();
  });
});

describe("citations whose authors end at a colon", () => {
  it("take the title after the colon, ended by the comma before an abbreviated journal and its volume, in a numbered list with a group label", async () => {
    expect(
      await papersOf([
        "Refereed",
        "1. Quell, M., Ashgrove, T., and Varga, I.: Brine pockets in sea ice and their effect on modelled albedo. (in prep)",
        "2. Darrow, P., Quell, M., Lund, K. J.: Drift of meltwater lenses under light winds, Geophys. Res. Lett., (in review)",
        "3. Quell, Mara and Tobin Ashgrove: Tracing katabatic winds with kite-borne sensors, J. Polar Sci., 7, 101–117, 2019.",
        "4. Quell, M., Brisk, O., and Lund, K. J.: Snow grain shape and the radar return of firn, Cryosphere,",
        "9, 55-70, 2017.",
      ]),
    ).toEqual([
      "Brine pockets in sea ice and their effect on modelled albedo",
      "Drift of meltwater lenses under light winds",
      "Tracing katabatic winds with kite-borne sensors",
      "Snow grain shape and the radar return of firn",
    ]);
  });

  it("leave a colon that a title holds after the stop that ends its authors' whole names", async () => {
    expect(await papersOf(["1. Ann Roe, Bo Lind, Mara Quell. Tidewell: Sharing Keys Across Phones. In Proc. of the Avalon Security Symposium, 2022."])).toEqual([
      "Tidewell: Sharing Keys Across Phones",
    ]);
  });

  it("keep a title's place names before a full stop, where no abbreviated journal follows the comma", async () => {
    expect(await papersOf(["Quell, M. and Darrow, P., 2011, Surficial Map of the Gull Bay Quadrangle, Kings County, Avalonia. Avalon Geological Survey, 1:24,000."])).toEqual([
      "Surficial Map of the Gull Bay Quadrangle, Kings County, Avalonia",
    ]);
  });
});
