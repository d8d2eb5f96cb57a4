import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

const papersOf = async (body: string, title = "Publications") => {
  const text = `# Jane Doe\n\n## ${title}\n\n${body}\n`;
  const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
  return resume.publications?.map((p) => (p.type ? { name: p.name, type: p.type } : p.name));
};

describe("publications", () => {
  it("read the title of an APA citation of a poster or a talk, dated to its days ('(2024, March 11-13).'), without its bracketed kind", async () => {
    expect(
      await papersOf(
        "1. Ostrander, K., Veil, M., & Tamm, R. (2024, March 11-13). *Gaze and trust in shared tasks* [Poster presentation]. Cognition Days 2024, Graz, Austria.\n\n2. Veil, M., & Ostrander, K. (2023, October). *Noise in pupil traces* [Paper presentation]. Eye Forum 2023, Leiden, Netherlands.",
      ),
    ).toEqual(["Gaze and trust in shared tasks", "Noise in pupil traces"]);
  });

  it("keep a bracket after the title that names no kind of work: a translated title, a language", async () => {
    expect(
      await papersOf(
        "1. Vogt, L. (2018). *Weidewirtschaft und Bodenkohlenstoff* [Grazing and soil carbon]. Bodenkunde, 12, 1–9.\n\n2. Vogt, L. (2020). *Ackerbau im Wandel* [Doctoral dissertation, Universität Kassel]. Kassel University Press.",
      ),
    ).toEqual(["Weidewirtschaft und Bodenkohlenstoff [Grazing and soil carbon]", "Ackerbau im Wandel"]);
  });

  it("keep a place and a year that a title names before its stop ('Flood losses in Kingsport, Avalonia, 2017 and after.')", async () => {
    expect(await papersOf("- Quell, M. Flood losses in Kingsport, Avalonia, 2017 and after. Natural Hazards, 90, 1–20, 2019.\n- Quell, M. and Darrow, P. Tides of Port Avalon, 2015–2020. Coastal Letters, 37, 9–30, 2021.")).toEqual([
      "Flood losses in Kingsport, Avalonia, 2017 and after",
      "Tides of Port Avalon, 2015–2020",
    ]);
  });

  it("leave the bracketed date a bold title closes on out of the title ('**Tide Tables for Small Ports (Jun 2022)** – a white paper …')", async () => {
    expect(await papersOf("- **Tide Tables for Small Ports (Jun 2022)** – A white paper written for the harbour board.")).toEqual(["Tide Tables for Small Ports"]);
    const { resume } = await extractSource({ path: "cv.md", text: "# Jane Doe\n\n## Publications\n\n- **Mooring Loads in Winter Storms (2019)** – Journal of Coastal Data, 3(1), 1–9.\n", format: "markdown", formatReason: "test" });
    expect(resume.publications?.map((p) => [p.name, p.releaseDate])).toEqual([["Mooring Loads in Winter Storms", "2019"]]);
  });

  it("read a table's first cell as the paper's year or state, and a row that leaves it blank as a paper of the year above, as R Markdown's CV tables print them", async () => {
    const row = (margin: string, citation: string) => `<tr>\n<td>${margin}</td>\n<td>${citation}</td>\n</tr>`;
    const table = [
      "<table>",
      "<thead>\n<tr>\n<th>year</th>\n<th>entry</th>\n</tr>\n</thead>",
      "<tbody>",
      row("In review", "<strong>Doe JA</strong>, Lima A (In review) Eelgrass\nrecovery after storms"),
      row("2021", "[12] Lima A, <strong>Doe JA</strong>, Reyes B (2021) Tidal flats as\nnurseries for juvenile flounder. <em>Coastal Ecology</em> 4(2):11-19."),
      row("", "[11] Reyes B, <strong>Doe JA</strong> (2021) Salt marsh carbon\nbudgets. <em>Estuaries</em> 9:101-110."),
      "</tbody>",
      "</table>",
    ].join("\n");
    const text = `# Jane Doe\n\n## Publications\n\n${table}\n`;
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.publications?.map((p) => [p.name, p.releaseDate ?? p.status])).toEqual([
      ["Eelgrass recovery after storms", "In review"],
      ["Tidal flats as nurseries for juvenile flounder", "2021"],
      ["Salt marsh carbon budgets", "2021"],
    ]);
  });

  it("take the title after ACS-style authors set apart by semicolons, the owner's in bold", async () => {
    expect(await papersOf("1. **Becker, J.**; Schulz, M. Ultrafast dynamics in water clusters. *J. Chem. Phys.* **2023**, 158, 104301.\n2. Weber, T.; **Becker, J.**; Schulz, M. Proton transfer in ice. *Phys. Chem. Chem. Phys.* **2021**, 23, 1201–1210.")).toEqual([
      "Ultrafast dynamics in water clusters",
      "Proton transfer in ice",
    ]);
  });

  it("take the title from the sub-heading over its venue, year and authors, as pagedown's résumé sets a paper", async () => {
    expect(await papersOf("### Tidal Forecasts with Sparse Gauges\n\n[Journal of Coastal Data, 12(3)](https://example.org/a)\n\nN/A\n\n2019\n\nAna Lima, **Jo Doe**\n\n### Wave Energy Maps for Small Islands\n\n[Ocean Letters 4](https://example.org/b)\n\nN/A\n\n2017\n\n**Jo Doe**, Carla Mendes")).toEqual([
      "Tidal Forecasts with Sparse Gauges",
      "Wave Energy Maps for Small Islands",
    ]);
  });

  it("take the title from the line under a line of authors alone, set apart by <br> from it and the venue", async () => {
    expect(await papersOf("- Ana Lima, **Jo Doe**, Bruno Reyes <br/>\n[Tidal Forecasts with Sparse Gauges](https://example.org/a.pdf) <br/>\nProceedings of the 8th Coastal Modelling Symposium (CMS 2023)\n\n- **Jo Doe**, Carla Mendes, and Dan Ortiz. <br/>\n[Wave Energy Maps for Small Islands](https://example.org/b) <br/>\nProceedings of the 37th Ocean Conference, Oct 2022\n\n- Ana Lima, **Jo Doe** <br/>\n[Sediment Transport in Estuaries](https://example.org/c). *to appear*. <br/>\nThe 3rd Workshop on Coastal Data (hosted at CMS 2022).")).toEqual([
      "Tidal Forecasts with Sparse Gauges",
      "Wave Energy Maps for Small Islands",
      "Sediment Transport in Estuaries",
    ]);
  });

  it("take the title after authors written surname first in capitals, as ISO 690 and ABNT cite", async () => {
    expect(await papersOf("- BRANDT, Lena Marie, OKAFOR, Chidi and VOSS, Ute. Linked records for small archives. *Journal of Archival Practice*. May 2020. Vol. 12, no. 3\n- SILVA, João; SOUZA, Maria. Mapas de calor urbanos. *Revista de Geografia*, v. 4, 2018.\n- BRANDT, Lena Marie. Persistent identifiers in practice. White Paper. 2019.")).toEqual([
      "Linked records for small archives",
      "Mapas de calor urbanos",
      "Persistent identifiers in practice",
    ]);
  });

  it("are dated by the citation's year, not by page numbers that pass for years", async () => {
    const text = "# Jane Doe\n\n## Publications\n\n- Brown, K. and Doe, J. (2019) Meltwater routing beneath the Greenland Ice Sheet. The Cryosphere, 13, 2087–2101.\n- Doe, J. (2021) Ice flow. Journal of Glaciology, June 2021.\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.publications?.map((p) => [p.name, p.releaseDate])).toEqual([
      ["Meltwater routing beneath the Greenland Ice Sheet", "2019"],
      ["Ice flow", "2021-06"],
    ]);
  });

  it("take the title of a citation led by its authors as 'Surname, I.' with no bracketed year, as moderncv's \\cvitem lists them", async () => {
    expect(await papersOf("- 2019 Okonkwo, A. and van der Berg, L. Sparse Gaussian processes for tide prediction. Ocean Modelling, 8(2), 2019.\n- Okonkwo, A., Reyes, M. & Ito, K. Learning coastal erosion from satellite images. Proceedings of IGARSS, 2017.")).toEqual([
      "Sparse Gaussian processes for tide prediction",
      "Learning coastal erosion from satellite images",
    ]);
  });

  it("take the title of a Vancouver citation led by the owner's bolded name", async () => {
    expect(await papersOf("**Doe JA**, Roe RB. Gap junctions in the early cochlea. *J Neurosci.* 2014 Feb;24C:16-17.\n\nRoe RB, **Doe JA**\\*. Waves of calcium in slices. *Nature* 2012;490:219.")).toEqual([
      "Gap junctions in the early cochlea",
      "Waves of calcium in slices",
    ]);
  });

  it("take APA citations led by the owner's bolded 'Surname, I.', each with its year on a line of its own below", async () => {
    const body = [
      '- **van der Berg, J.** (2019). *"Processing workflows where the data is located"*. Thesis', "", "2019", "",
      '- Ahmed, A.E., **van der Berg, J.** and Mbiyavanga, M. (2018). *"Running bioinformatics hackathons in Africa"*. *AAS Open Research*.', "", "2018",
    ].join("\n");
    expect(await papersOf(body)).toEqual(["Processing workflows where the data is located", "Running bioinformatics hackathons in Africa"]);
  });

  it("join a numbered citation wrapped under its number", async () => {
    expect(await papersOf("1. Ann Lee, Bo Chen, and Jane Doe.\n   [Sparse solvers for the sparse minded][3].\n   _SIAM Review_, 30(2): 637--656, 2008.\n\n[3]: https://example.org/p3")).toEqual([
      "Sparse solvers for the sparse minded",
    ]);
  });

  it("keep each bullet under the heading as a publication, even with nothing but its title", async () => {
    expect(await papersOf("- Notes on incremental parsing\n- Notes on incremental parsing")).toEqual(["Notes on incremental parsing", "Notes on incremental parsing"]);
  });

  it("keep a title line with its own list of details under it, though no detail reads as authors or a venue", async () => {
    const body = "> 城市更新中的土地财政研究\n\n- **王小明**和陈静\n- 投稿在核心期刊\n\n> 区域协同与产业升级\n\n- **王小明**";
    expect(await papersOf(body, "期刊论文")).toEqual(["城市更新中的土地财政研究", "区域协同与产业升级"]);
  });

  it("leave out a line that speaks of the list as a whole", async () => {
    expect(await papersOf("- Notes on incremental parsing\n- Several further patents pending.")).toEqual(["Notes on incremental parsing"]);
    // a count of the list's items over it, linked to the full list
    expect(
      await papersOf("27 peer-reviewed publications across journals and workshops. Full list on the [Publications](pubs.html) page.\n\n1. Jo Doe, Al Roe. Notes on incremental parsing. *PLDI*, June 2022."),
    ).toEqual(["Notes on incremental parsing"]);
  });

  it("read a kind label before the title, the result after a dash left out, and patents by their label", async () => {
    expect(
      await papersOf(
        "- **Preprint (Under Review – ACL):** Retrieval for tiny models — 12% better recall\n- **Provisional Patent:** USPTO App. No. 63/123,456 — Method for pruning caches — 20% less memory\n- **Patent** — [Method for caching query plans.](https://example.org/pat)\n- Co-author: Frugal decoding for edge devices",
        "Patents & Publications",
      ),
    ).toEqual(["Retrieval for tiny models", { name: "Method for pruning caches", type: "patent" }, { name: "Method for caching query plans", type: "patent" }, "Frugal decoding for edge devices"]);
  });
});

describe("a citation whose title is the text of a link after the authors", () => {
  it("takes the linked title whole, its colons and commas too, and the authors before it", async () => {
    expect(
      await papersOf(
        "- **Mei Chen**, Arjun Rao, and Tomás Vidal. [When Caches Meet Queries: A Study of Leakage](https://doi.org/10.1000/x1), *Journal of Data Systems*, 4(2):10–20, 2024.\n\n- **Mei Chen** and Arjun Rao. [Sketches, Samples, and Bounds](https://doi.org/10.1000/x2), *Proceedings of the Workshop on Streams*, 2022.",
      ),
    ).toEqual(["When Caches Meet Queries: A Study of Leakage", "Sketches, Samples, and Bounds"]);
  });

  it("leaves a quoted title before the authors its own, where the link is the venue's", async () => {
    expect(
      await papersOf("- “Sketches, Samples, and Bounds”. Mei Chen et al., in: [Proceedings of the Workshop on Streams and Sketches](https://doi.org/10.1000/x3). 2022."),
    ).toEqual(["Sketches, Samples, and Bounds"]);
  });
});

describe("citation styles", () => {
  it("take the title and authors of Vancouver, MLA and APA-with-Vancouver-names citations, with no bold owner", async () => {
    const text =
      "# Jane Smith\n\n## Publications\n\n1. Smith J, Doe A, Lee K. Polarity proteins in the early embryo. Nature. 2020;580(7801):123-127.\n" +
      "2. Smith JA, Brown T. (2018). A toolkit for live imaging. eLife 7: e34567.\n" +
      '3. Smith, Jane, and Alan Doe. "Cell walls as scaffolds." Plant Physiology 160.2 (2012): 1–12.\n' +
      "4. David S. Bindel and Maciej Zworski. Symmetry of bound and antibound states. Letters in Math Physics, 81(2):107–117, 2007.\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.publications?.map((p) => [p.name, p.authors])).toEqual([
      ["Polarity proteins in the early embryo", ["Smith J", "Doe A", "Lee K"]],
      ["A toolkit for live imaging", ["Smith JA", "Brown T"]],
      ["Cell walls as scaffolds", ["Smith, Jane", "Alan Doe"]],
      ["Symmetry of bound and antibound states", ["David S. Bindel", "Maciej Zworski"]],
    ]);
  });

  it("take the title of the ACM's reference format, the year a sentence of its own before it", async () => {
    const text = "# Wei Zhang\n\n## Publications\n\n1. Wei Zhang, Karen Lee. 2018. Sparse Convolution Engines. In Proceedings of the 45th Annual International Symposium on Computer Architecture (ISCA '18). ACM, New York, NY, USA, 1–12.\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.publications?.map((p) => [p.name, p.authors, p.releaseDate])).toEqual([["Sparse Convolution Engines", ["Wei Zhang", "Karen Lee"], "2018"]]);
  });

  it("take the title after authors named in full before the year in brackets, as academic sites list papers", async () => {
    const text = "# Tomás Herrera\n\n## Recent Publications\n\nTomás Herrera, Ana Lima (2023). Evaluating Translation Quality Across 200 Languages. ACL 2023.\n\nTomás Herrera (2021). Pivot Languages for Low-Resource Translation. EMNLP 2021.\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.publications?.map((p) => [p.name, p.authors, p.releaseDate, p.venue])).toEqual([
      ["Evaluating Translation Quality Across 200 Languages", ["Tomás Herrera", "Ana Lima"], "2023", "ACL 2023"],
      ["Pivot Languages for Low-Resource Translation", ["Tomás Herrera"], "2021", "EMNLP 2021"],
    ]);
  });

  it("take the title of APA, IEEE and linked citations", async () => {
    expect(
      await papersOf(
        '- Roe, R., & Doe, J. (2020). Tidal models of small harbours. Journal of Coasts, 4(2), 1–9.\n- J. A. Doe and R. Roe, "Wave gauges on a budget," in Proc. Coastal Eng., 2019, pp. 1–4.\n- [Sediment maps from drone photos](https://example.org/p). Coastal Letters, 2021.',
      ),
    ).toEqual(["Tidal models of small harbours", "Wave gauges on a budget", "Sediment maps from drone photos"]);
  });
});

describe("a web page's citations that end with the paper's address written out", () => {
  it("take the title without the address, which stays the paper's url", async () => {
    const text = "# Jane Doe\n\n## Publications\n\n[2] **Jane Doe**, Omar Lindqvist, and Petra Sand. 2021. A calculus for sharded logs. [https://hal.example.org/hal-0412](https://hal.example.org/hal-0412)\n\n[1] Omar Lindqvist and **Jane Doe**. 2019. Leases without clocks. In _Workshop on Dependable Storage_, Lyon, France. DOI:[https://doi.org/10.1000/xyz123](https://doi.org/10.1000/xyz123)\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.publications?.map((p) => [p.name, p.url])).toEqual([
      ["A calculus for sharded logs", "https://hal.example.org/hal-0412"],
      ["Leases without clocks", "https://doi.org/10.1000/xyz123"],
    ]);
  });
});

describe("a profile README's section of publications and certifications, each under a bold line that titles it", () => {
  it("reads the paper with its venue and link, and the certificates apart", async () => {
    const text = [
      "# Jane Doe",
      "",
      "## Publications and certifications",
      "",
      "**Publication**",
      "Tidal Turbine Blade Inspection Drone · Journal of Marine Robotics",
      "[Paper](https://papers.example.org/jmr-0412.pdf)",
      "",
      "**Certifications**",
      "Certified Kubernetes Administrator",
      "",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.publications?.map((p) => [p.name, p.venue, p.url])).toEqual([["Tidal Turbine Blade Inspection Drone", "Journal of Marine Robotics", "https://papers.example.org/jmr-0412.pdf"]]);
    expect(resume.certificates?.map((c) => c.name)).toEqual(["Certified Kubernetes Administrator"]);
  });

  it("take the title after the authors when a bold year leads each citation, set apart by a dash", async () => {
    expect(await papersOf("**2024** — **Doe, J.** Tidal forecasts with sparse gauges. *Journal of Coastal Data*, 12(3), 101.\n\n**2021** — Lima, A., **Doe, J.**, Reyes, B.P. Wave energy maps for small islands. *Ocean Letters*, 4, 12–19.\n\n**2019** — **Doe, J.**, Lima, A. A Markov survey of harbour sensors. *Coastal Notes*, 7(2), 33. [DOI](https://doi.org/10.1000/x)\n\n**2018** — Reyes, B., Lima, A., **Doe, J.**, et al. Ventilation of small harbours. *Port Review*, 2, 5. [DOI](https://doi.org/10.1000/y)")).toEqual([
      "Tidal forecasts with sparse gauges",
      "Wave energy maps for small islands",
      "A Markov survey of harbour sensors",
      "Ventilation of small harbours",
    ]);
  });

  it("take the title set in italics right after a list of authors, and not an italic venue after a title", async () => {
    expect(await papersOf("- J. P. Doe, R. Smith, and A. Lima, *Tidal forecasts with sparse gauges*, Coastal Data Letters, Vol 12(10), 2016\n- Doe, J., Lima, A., et al. Wave energy maps for small islands. *Ocean Letters*, 4, 12–19, 2018.")).toEqual([
      "Tidal forecasts with sparse gauges",
      "Wave energy maps for small islands",
    ]);
  });
});

describe("publications in a plain-text CV, one field a line", () => {
  const text = [
    "Mara Lindqvist",
    "",
    "Publications",
    "",
    "2021, Folding Queries into Caches.",
    "      Mara Lindqvist, Tomas Berg, and Ana Lima.",
    "      In: Proceedings of the 12th Workshop on Storage Systems (WSS).",
    "2019, Lazy Indexes Revisited.",
    "      Mara Lindqvist.",
    "      In: Proceedings of the 9th Symposium on Data Layout (SDL).",
    "2017, Counting Pages Quickly.",
    "      Tomas Berg and Mara Lindqvist.",
    "      In: Proceedings of the 7th Symposium on Data Layout (SDL).",
    "",
  ].join("\n");

  it("read the year before a comma as the paper's date, a paper by its owner alone as one, and the authors without the line's final stop", async () => {
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.publications?.map((p) => [p.name, p.releaseDate, p.authors?.join("; ")])).toEqual([
      ["Folding Queries into Caches", "2021", "Mara Lindqvist; Tomas Berg; Ana Lima"],
      ["Lazy Indexes Revisited", "2019", "Mara Lindqvist"],
      ["Counting Pages Quickly", "2017", "Tomas Berg; Mara Lindqvist"],
    ]);
  });

  it("read a publisher's or an award's line under a paper as no author of a paper of its own", async () => {
    const more = text.replace("      In: Proceedings of the 7th Symposium on Data Layout (SDL).\n", "      In: Proceedings of the 7th Symposium on Data Layout (SDL).\n      Best Paper Award.\n2016, Data Layout Handbook.\n      Springer Verlag.\n");
    const { resume } = await extractSource({ path: "cv.txt", text: more, format: "text", formatReason: "test" });
    const authors = resume.publications?.flatMap((p) => p.authors ?? []) ?? [];
    expect(authors).not.toContain("Best Paper Award");
    expect(authors).not.toContain("Springer Verlag");
    expect(resume.publications?.find((p) => p.name === "Counting Pages Quickly")?.venue).toMatch(/Symposium on Data Layout/);
  });
});

describe("a citation led by a date in bold, then a link", () => {
  it("takes no title from a linked venue before a quoted title, nor from a linked list of authors", async () => {
    const text = `# Jane Doe\n\n## Publications\n\n**2021**: [Journal of Harbour Studies](https://example.org/jhs), "Tides and Fees in Small Ports", vol. 3.\n\n**2019** [Ortiz, S., Roe, J.](https://example.org/authors) Why Gulls Fly South. Ornithology Letters.\n`;
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    const names = resume.publications?.map((p) => p.name);
    expect(names).toContain("Tides and Fees in Small Ports");
    expect(names).not.toContain("Journal of Harbour Studies");
    expect(names?.some((n) => /Ortiz/.test(n ?? ""))).toBe(false);
  });
});

describe("an item that opens with its title as a link's text", () => {
  it("takes the link's text as the title, and the coauthors after 'with', the year and the venue from the line under it", async () => {
    const text = "# Jane Doe\n\n## Publications\n\n- [Robust estimation of tidal drift](https://doi.org/10.1000/xyz1)  \n  with A. Roe, B. Poe (2023). — **Journal of Tides**, 12(2), 1–20.\n\n- [A note on estuary mixing models](https://doi.org/10.1000/xyz2)\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.publications?.map((p) => [p.name, p.authors, p.releaseDate, p.publisher ?? (p as { venue?: string }).venue])).toEqual([
      ["Robust estimation of tidal drift", ["A. Roe", "B. Poe"], "2023", "Journal of Tides, 12(2), 1–20"],
      ["A note on estuary mixing models", undefined, undefined, undefined],
    ]);
  });
});
