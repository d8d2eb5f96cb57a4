import { describe, expect, it } from "vitest";
import { hasStreet, readPlace } from "../../src/extract/evidence/places.js";
import { readLineContacts } from "../../src/extract/line-contacts.js";
import type { SourceLine } from "../../src/parse/source-line.js";
import { extractSource, readResume } from "../support/extract.js";

const line = (text: string, links: SourceLine["links"] = []): SourceLine => ({ kind: "text", text, links, position: { line: 1, column: 1 }, depth: 0, gap: false });

describe("a name with its particulars after it", () => {
  it("reads the name before a comma and the headline after it in a reStructuredText title", async () => {
    const r = await readResume("Dana Vale, Senior Software Engineer\n====================================\n\n:Email: dana@example.org\n\nWork experience\n---------------\n\n**Engineer, Quillfern, Portland**, *Sep 2020 - Present*\n", "text");
    expect(r.basics?.name).toBe("Dana Vale");
  });

  it("reads the name before a comma and a birth date and country on the first line", async () => {
    const r = await readResume("Dana Vale, born 3 May 1980, Finland\n\n| Email: dana@example.org\n\nExperience\n==========\n* Quillfern, engineer (2006-)\n", "text");
    expect(r.basics?.name).toBe("Dana Vale");
  });

  it("reads the name and the phone of a first line that sets them side by side", async () => {
    const r = await readResume("Dana Vale (646) 555-0143\ndv@example.org\n\nExperience\n==========\n* Quillfern, engineer (2006-)\n", "text");
    expect([r.basics?.name, r.basics?.phone]).toEqual(["Dana Vale", "(646) 555-0143"]);
  });

  it("reads the name and the phone of a first line where a PDF's text glued the phone to the name", async () => {
    const r = await readResume("Dana Vale(646) 555-0143\n\ndv@example.org\nPortland, ME\n\nEXPERIENCE\nQuillfern Ltd\nEngineer\nMay 2020 - Present\n", "text");
    expect([r.basics?.name, r.basics?.phone]).toEqual(["Dana Vale", "(646) 555-0143"]);
  });

  it("reads no name from a town and its state on the first line", async () => {
    const r = await readResume("Ann Arbor, MI\ndana@example.org\n\nExperience\n==========\n* Quillfern, engineer (2006-)\n", "text");
    expect(r.basics?.name).toBeUndefined();
  });
});

describe("an org-mode document's author", () => {
  it("is no name where it is only an e-mail address, and the title names the person", async () => {
    const r = await readResume("#+title: Dana Vale\n#+author: [[mailto:dv@example.org][dv@example.org]]\n\n* Experience\n** Quillfern, Inc.\n*** Engineer (April 2018 - PRESENT)\n", "text");
    expect(r.basics?.name).toBe("Dana Vale");
  });


  it("is the person's name, where its title names the document", async () => {
    const r = await readResume("#+title: Curriculum Vitae\n#+author: Ada Lowtown\n#+email: ada@example.org\n\n* Education\n** 2012 - 2017: Ph.D. Mathematics, Lowtown University\n", "text");
    expect(r.basics?.name).toBe("Ada Lowtown");
  });
});

describe("a name set off by ornaments", () => {
  it("reads the name between the same dashes on both its sides ('— Odile Brassard —'), as a title centred between rules", async () => {
    const r = await readResume("— Odile Brassard —\n\nRenseignements personnels\nCourriel:\todile@example.ca\n\nExpériences de travail\nÉté 2019\nDéveloppeuse, Lumen Atelier Inc.\n\f", "text");
    expect(r.basics?.name).toBe("Odile Brassard");
  });
});

describe("the document's title set under the name", () => {
  it("reads the name off a line that sets the document's title beside it, as moderncv's banking style does ('Mira Okafor — Curriculum Vitae')", async () => {
    const r = await readResume("Mira Okafor — Curriculum Vitae\nmira@example.dev\n\nExperience\n2019–2023 Data Analyst, Harbour Freight Ltd, Leeds\n\f", "text");
    expect(r.basics?.name).toBe("Mira Okafor");
  });

  it("takes the words before a title for its owner's name only when no line under it is the name ('# Faculty Application CV' over 'Maria Lopez')", async () => {
    const under = await readResume("# Faculty Application CV\n\nMaria Lopez\nmaria@example.org\n\n## Experience\n\n- Analyst, Acme Corp, 2019 - 2022\n");
    expect(under.basics?.name).toBe("Maria Lopez");
    const owned = await readResume("# Jane Doe's Resume\n\njane@example.org\n\n## Experience\n\n- Analyst, Acme Corp, 2019 - 2022\n");
    expect(owned.basics?.name).toBe("Jane Doe");
  });

  it("reads a name whose prefix capitalises its word again ('O'Connor', 'McDonald'), in capitals too, as the name, not a section's title", async () => {
    for (const name of ["SIOBHAN O'CONNOR", "Siobhan O’Connor", "Callum MacLeod", "ANNE-MARIE DUBOIS"]) {
      const r = await readResume(`${name}\n\n14 Elm Street, Columbus, OH 43215 | (614) 555-0123 | s.oconnor@example.com\n\nEXPERIENCE\nGrange Mutual, Columbus, OH\nActuarial Analyst   2019 - 2020\n`, "text");
      expect(r.basics?.name).toBe(name);
    }
  });

  it("reads a name after German academic titles ('Dr. rer. nat.') and an ORCID iD written without a colon", async () => {
    const r = await readResume("# Dr. rer. nat. Johanna Becker\n\njohanna.becker@example.org · ORCID 0000-0001-2345-6789\n\n## Lehre\n\n- Praktikum Physikalische Chemie (WS 2021/22 – heute)\n");
    expect(r.basics?.name).toBe("Johanna Becker");
    expect(r.basics?.profiles).toEqual([{ network: "ORCID", username: "0000-0001-2345-6789", label: "ORCID" }]);
    expect(r.sections?.[0]?.items.map((i) => [i.title, i.startDate, i.period])).toEqual([["Praktikum Physikalische Chemie", "2021", "WS 2021/22 – heute"]]);
  });

  it("takes the owner's contacts from a block closing the last section, keeping every other word of it, numbers too", async () => {
    const r = await readResume("Alex Rivera\n============\n\nExperience\n----------\n\n**Stripe** (San Francisco, CA)\n:   *Software Engineer*\n    2019-present\n\nSkills\n------\n\n* Programming: Go, Rust\n\n----\n\n> alex.rivera@example.com • +1 (512) 555-0101 • 33 years old\n");
    expect([r.basics?.email, r.basics?.phone]).toEqual(["alex.rivera@example.com", "+1 (512) 555-0101"]);
    expect(JSON.stringify(r)).toContain("33 years old");
  });

  it("reads what a title says after the name as the headline, not dropping it ('# Jane Doe | Backend Developer', '# 김민수 | 백엔드 개발자')", async () => {
    for (const [heading, name, label] of [
      ["# Jane Doe | Backend Developer", "Jane Doe", "Backend Developer"],
      ["# 김민수 | 백엔드 개발자", "김민수", "백엔드 개발자"],
      ["# Ana Lima — Engenheira de Dados", "Ana Lima", "Engenheira de Dados"],
      ["## Jo Park · Data Scientist", "Jo Park", "Data Scientist"],
    ]) {
      const { resume } = await extractSource({ path: "cv.md", text: `${heading}\n\n- Email: jo@example.org\n\n## Experience\n\n### Acme (2020 – 2022)\n`, format: "markdown", formatReason: "test" });
      expect([resume.basics?.name, resume.basics?.label]).toEqual([name, label]);
    }
  });

  it("titles the document from a line under the name in plain text, leaving no section of it", async () => {
    const r = await readResume("Jane Doe\nCurriculum Vitae\njane@example.org\n\nEducation\n\nPhD in Physics, MIT, 2010\n", "text");
    expect(r.meta?.title).toBe("Curriculum Vitae");
    expect(r.basics?.email).toBe("jane@example.org");
    expect(r.sections ?? []).toEqual([]);
  });

  it("titles the document from a heading under the name, and the lines under that heading stay the header's", async () => {
    const r = await readResume("# Jürgen Huber\n\n## Lebenslauf\n\njuergen@example.org\n\n### Ausbildung\n\n**Master Studium Informatik**, TU Wien, 2016 – 2018\n\n### Berufserfahrung\n\n**Entwickler**, Acme GmbH, 2018 – 2020\n");
    expect(r.meta?.title).toBe("Lebenslauf");
    expect(r.basics?.email).toBe("juergen@example.org");
    expect((r.sections ?? []).map((s) => s.title)).toEqual([]);
    expect(r.education?.[0]?.institution).toBe("TU Wien");
  });

  it("takes no word of a web page's menu for the title", async () => {
    const r = await readResume("Wei Chen\nPhD Candidate, Carnegie Mellon University\n\nabout\npublications\ncv\n\nI work on efficient inference.\n", "text");
    expect(r.meta?.title).toBeUndefined();
  });
});

describe("names as CVs in Spanish, Chinese and Japanese write them", () => {
  it("reads a Spanish name of two given names and two surnames joined by a particle, 'De' capitalised, as the name", async () => {
    const r = await readResume("# Luis Alberto De Jesús Romero Vidal\n\nIngeniero de sistemas en Quito, Ecuador.\n\n## Experiencia laboral\n\n### Analista, Andes Datos\nMarzo 2021 – Mayo 2023\n");
    expect(r.basics?.name).toBe("Luis Alberto De Jesús Romero Vidal");
  });

  it("reads a Chinese name with its Latin spelling after it, unbracketed ('陳怡君 Yi-Chun Chen'), as the name, not the first section's title", async () => {
    const r = await readResume("# 陳怡君 Yi-Chun Chen\n\nyichun@example.com ｜ 台北\n\n## 定位\n\n資料工程師。\n\n## 學歷\n\n- **國立中央大學** 資訊工程學系 B.S.　2016–2020\n");
    expect(r.basics?.name).toBe("陳怡君 Yi-Chun Chen");
  });

  it("takes no front matter title that names the document ('職務経歴書') for the owner's name", async () => {
    const r = await readResume("---\ntitle: 職務経歴書\n---\n\n## プロフィール\n\nエンジニア歴5年。\n\n## 経歴\n\n- 2019 ~ 現在：エンジニア @ 株式会社サンプル\n");
    expect(r.basics?.name).toBeUndefined();
  });
});

describe("a postal address in the header", () => {
  it("reads a name on the paragraph's first line as the name, not as the start of the address on the line under it", async () => {
    const resume = await readResume(["Rosa Lindqvist", "14 Harbor Road, Portland, ME 04101 | +1 207-555-0143 | rosa.lindqvist@example.org", "", "## Education", "- Bayview College, 2019-2023", ""].join("\n"));
    expect(resume.basics).toMatchObject({ name: "Rosa Lindqvist", phone: "+1 207-555-0143", email: "rosa.lindqvist@example.org" });
    expect(resume.basics?.location?.address).not.toContain("Rosa");
  });

  it("knows a street with its house number in several languages", () => {
    for (const street of ["Mühlfeldstraße 16", "221B Baker Street", "Calle Mayor 5", "ul. Długa 5", "12 rue de la Paix", "Keizersgracht 12"]) expect(hasStreet(street), street).toBe(true);
    for (const other of ["Acme Street Team", "Senior Engineer 2019", "Street Art"]) expect(hasStreet(other), other).toBe(false);
  });

  it("reads a street and a postcode before a town the gazetteer does not know as surely a place", () => {
    expect(readPlace("Mühlfeldstraße 16 – 4690 Schwanenstadt")).toMatchObject({ city: "Schwanenstadt", score: 0.8 });
    expect(readPlace("4690 Schwanenstadt")?.score).toBeLessThan(0.8);
    // "Madrid" also names a region: after a street it is the town
    expect(readPlace("Calle Mayor 5, 28013 Madrid")).toMatchObject({ city: "Madrid" });
  });

  it("reads a street, its district and its town, each set apart by the line's dashes, as one address ('Belo Horizonte/MG')", async () => {
    const r = await readResume("RAFAEL SANTOS\nRua das Flores, 123 – Savassi – Belo Horizonte/MG\n(31) 99876-5432 | rafael@example.com\n\nEXPERIÊNCIA\n\nBanco Inter – Analista de Dados\n03/2019 a atual\n", "text");
    expect(r.basics?.location).toMatchObject({ city: "Belo Horizonte", region: "MG" });
    expect(r.basics?.location?.address).toContain("Savassi");
  });

  it("keeps a street and its town cut apart by the line's separator as one address, written as it is", () => {
    expect(readLineContacts(line("Mühlfeldstraße 16 – 4690 Schwanenstadt"))).toEqual([
      { field: "location", value: { address: "Mühlfeldstraße 16, 4690 Schwanenstadt", city: "Schwanenstadt" } },
    ]);
  });

  it("keeps the district written before the town", () => {
    expect(readLineContacts(line("Barra do Aririú, Palhoça/SC"))).toEqual([{ field: "location", value: { address: "Barra do Aririú, Palhoça/SC", city: "Palhoça", region: "SC" } }]);
    expect(readLineContacts(line("Porto, Portugal"))).toEqual([{ field: "location", value: { city: "Porto", countryCode: "PT" } }]);
  });
});

describe("icon fonts before contacts", () => {
  it("reads moderncv's icon letters as no phrase of their own, and gives a profile no label of its handle", () => {
    const contacts = readLineContacts(
      line("Æ +43 699 1234567 • Q jdoe@example.org • t J_Doe9", [
        { text: "jdoe@example.org", url: "mailto:jdoe@example.org" },
        { text: "t J_Doe9", url: "http://xing.de/profile/J_Doe9" },
      ]),
    );
    expect(contacts).toEqual([
      { field: "phone", value: "+43 699 1234567" },
      { field: "email", value: "jdoe@example.org" },
      { field: "profile", network: "XING", username: "J_Doe9", url: "http://xing.de/profile/J_Doe9" },
    ]);
  });
});

describe("a GitHub profile README made by the usual generator", () => {
  it("greets by name in its title, says what the person does in the heading under it, and names skills only in its badges' alt text", async () => {
    const text = [
      '<h1 align="center">Hi 👋, I\'m Alex Kumar</h1>',
      '<h3 align="center">A passionate full stack developer from Pune, India</h3>',
      "",
      "- 🌱 I’m currently learning **Rust**",
      "- 📫 How to reach me **alex.kumar@example.com**",
      "",
      '<h3 align="left">Connect with me:</h3>',
      '<p align="left"><a href="https://linkedin.com/in/alexkumar"><img src="https://example.org/linked-in-alt.svg" alt="alexkumar" height="30" width="40" /></a></p>',
      "",
      '<h3 align="left">Languages and Tools:</h3>',
      '<p align="left"> <a href="https://www.docker.com/"> <img src="https://example.org/docker.svg" alt="docker" width="40" height="40"/> </a> <a href="https://reactjs.org/"> <img src="https://example.org/react.svg" alt="react" width="40" height="40"/> </a> </p>',
      "",
    ].join("\n");
    const r = await readResume(text);
    expect(r.basics).toMatchObject({ name: "Alex Kumar", label: "A passionate full stack developer from Pune, India", email: "alex.kumar@example.com" });
    expect(r.basics?.profiles?.map((p) => p.url)).toEqual(["https://linkedin.com/in/alexkumar"]);
    expect(r.skills?.map((s) => s.name)).toEqual(["docker", "react"]);
  });

  it("takes no image's alt text for the owner's name ('Typing SVG', a widget's)", async () => {
    const r = await readResume('<div align="center">\n  <img src="https://readme-typing-svg.demolab.com?lines=Jo+Doe" alt="Typing SVG" />\n</div>\n\n## About\n\nI build backends.\n');
    expect(r.basics?.name).toBeUndefined();
  });
});

describe("the consent to the processing of personal data", () => {
  it("is taken out of the section it closes and printed at the end in a section of its own", async () => {
    const clause = "Wyrażam zgodę na przetwarzanie moich danych osobowych zawartych w niniejszym dokumencie dla potrzeb niezbędnych do realizacji procesu rekrutacji.";
    const r = await readResume(`# Anna Nowak\n\n## Nagrody\n\n- Nagroda Rektora, Politechnika Krakowska, 2021\n\n---\n\n${clause}\n\n## Zainteresowania\n\nwspinaczka\n`);
    expect(r.awards?.map((a) => a.title)).toEqual(["Nagroda Rektora"]);
    expect(r.sections?.at(-1)).toMatchObject({ title: "Consent", items: [{ summary: clause }] });
    expect(r.meta?.sections?.at(-1)?.key).toBe("custom:consent");
  });
});

describe("a name that leads its line of contacts", () => {
  it("is the name, and the line's other phrases its contacts, with nothing left over", async () => {
    const r = await readResume("Maria Lopez | maria.lopez@outlook.com | (312) 555-0199 | Chicago, IL\n\nSUMMARY\nRegistered nurse with 10 years in critical care.\n", "text");
    expect(r.basics).toMatchObject({ name: "Maria Lopez", email: "maria.lopez@outlook.com", phone: "(312) 555-0199", location: { city: "Chicago", region: "IL" } });
    expect(r.sections ?? []).toEqual([]);
  });

  it("is not taken from a line whose other phrases are no contacts", async () => {
    const r = await readResume("Senior Engineer | Platform Team | Berlin\n\nSUMMARY\nI build things.\n", "text");
    expect(r.basics?.name).toBeUndefined();
  });
});

describe("a table of contacts under the name (pandoc's simple table)", () => {
  it("reads each row's label in its own column as the label of its value, and leaves no row behind", async () => {
    const text = "Jonas Weber\n===========\n\n----         ----\nAddress      Schillerstraße 4, 10627 Berlin\nPhone        +49 30 1234567\nHomepage     [jonasweber.dev](https://jonasweber.dev)\n----         ----\n\nEducation\n---------\n\n2009-2012\n:   **MSc, Mathematics**; University of Bonn\n";
    const r = await readResume(text);
    expect(r.basics).toMatchObject({ name: "Jonas Weber", phone: "+49 30 1234567", url: "https://jonasweber.dev", location: { address: "Schillerstraße 4, 10627 Berlin", city: "Berlin" } });
    expect(r.basics?.labels).toEqual({ location: "Address", phone: "Phone", url: "Homepage" });
    expect(r.sections ?? []).toEqual([]);
  });
});

describe("a postal address over two lines of the header", () => {
  it("is one address: the street line, abbreviated as US streets are, and the town under it", async () => {
    const r = await readResume("JANE ROE\n2815 NW 7th St.\nLincoln, NE 68521\n(402) 555-0182\njane@roe.dev\n\nEXPERIENCE\nAcme Corp, Engineer, 2019 - 2021\n", "text");
    expect(r.basics?.location).toEqual({ address: "2815 NW 7th St., Lincoln, NE 68521", city: "Lincoln", region: "NE" });
    expect(r.sections ?? []).toEqual([]);
  });

  it("knows a street by the abbreviations written without their stop", () => {
    expect(["45 Elm Ave", "2815 NW 7th st.", "1600 Amphitheatre Pkwy"].map(hasStreet)).toEqual([true, true, true]);
    expect(["St Andrews", "Senior Dev 5"].map(hasStreet)).toEqual([false, false]);
  });
});

describe("a headline under the name, followed by contacts on its line", () => {
  it("is the headline, and each phrase after it a contact", async () => {
    const r = await readResume("# Priya Patel\nSenior Frontend Engineer · Toronto, ON · [priya.dev](https://priya.dev) · [GitHub](https://github.com/priyap)\n\n## Experience\n\n### Shopify — Staff Frontend Engineer\n*Jan 2021 – Present*\n");
    expect(r.basics).toMatchObject({ name: "Priya Patel", label: "Senior Frontend Engineer", url: "https://priya.dev", location: { city: "Toronto", region: "ON" } });
    expect(r.basics?.profiles?.map((p) => p.username)).toEqual(["priyap"]);
  });

  it("stays whole when a phrase after it is no contact", async () => {
    const r = await readResume("# Priya Patel\nSenior Frontend Engineer · design systems · Toronto, ON\n\n## Experience\n\n### Shopify — Staff Frontend Engineer\n*Jan 2021 – Present*\n");
    expect(r.basics?.label).toBe("Senior Frontend Engineer · design systems · Toronto, ON");
  });
});

describe("the Italian Europass CV's personal information", () => {
  const text = "FORMATO EUROPEO PER IL CURRICULUM VITAE\n\nINFORMAZIONI PERSONALI\nNome            ROSSI MARCO\nE-mail          marco.rossi@email.it\nNazionalità     Italiana\nData di nascita 12/03/1985\n\nESPERIENZA LAVORATIVA\nAcme S.p.A., Sviluppatore, 2019 - 2020\n";

  it("takes the format's title for the document's, and the labelled name for the owner's", async () => {
    const r = await readResume(text, "text");
    expect(r.meta?.title).toBe("FORMATO EUROPEO PER IL CURRICULUM VITAE");
    expect(r.basics).toMatchObject({ name: "ROSSI MARCO", email: "marco.rossi@email.it" });
  });

  it("keeps the nationality and the date of birth, which no label beside them makes a name", async () => {
    const r = await readResume(text, "text");
    const kept = r.sections?.flatMap((s) => s.items.map((i) => i.summary));
    expect(kept).toEqual(expect.arrayContaining(["Nazionalità\tItaliana", "Data di nascita 12/03/1985"]));
  });
});

describe("a profile README written with emoji and badges", () => {
  const text = [
    "### 💼 Experience",
    "- 🏢 **Software Engineer** @ [Feedzai](https://feedzai.com) (2022 – present)",
    "- **Junior Developer** at [OutSystems](https://outsystems.com) (2020 – 2022)",
    "",
    "### 🛠️ Tech Stack",
    "![TypeScript](https://img.shields.io/badge/TypeScript-007ACC) ![React](https://img.shields.io/badge/React-20232A) ![Docker](https://img.shields.io/badge/Docker-2CA5E0)",
  ].join("\n");

  it("names the employer after 'at the' without the words, bold role first or not", async () => {
    const r = await readResume("# Ana Ruiz\n\n## Experience\n\nSince May 2019: **Data Curator** at the Institute of Marine Archives, Records Unit\n\n- Curates survey records\n\n2015 - 2019: Archivist at the Valdoria City Library\n\n- Catalogued maps\n");
    expect(r.work?.map((w) => [w.name, w.position, w.startDate])).toEqual([
      ["Institute of Marine Archives, Records Unit", "Data Curator", "2019-05"],
      ["Valdoria City Library", "Archivist", "2015"],
    ]);
  });

  it("names the employer after '@' or 'at' without the word", async () => {
    const r = await readResume(`# Diego Fernandes\n\n${text}\n`);
    expect(r.work?.map((w) => [w.name, w.position])).toEqual([
      ["Feedzai", "Software Engineer"],
      ["OutSystems", "Junior Developer"],
    ]);
  });

  it("reads a row of badges, linked or not, as one skill a badge", async () => {
    const r = await readResume(`# Diego Fernandes\n\n${text}\n`);
    expect(r.skills?.map((s) => s.name)).toEqual(["TypeScript", "React", "Docker"]);
  });
});

describe("personal data labelled in Dutch", () => {
  it("gives the name after 'Naam:'", async () => {
    const r = await readResume("Curriculum Vitae\n\nPersoonlijke gegevens\nNaam: Sanne de Vries\nAdres: Keizersgracht 123, 1015 CJ Amsterdam\nE-mail: sanne.devries@gmail.com\n\nWerkervaring\nsep 2019 – heden     Product Owner, Adyen, Amsterdam\n", "text");
    expect(r.basics).toMatchObject({ name: "Sanne de Vries", email: "sanne.devries@gmail.com", location: { city: "Amsterdam" } });
  });
});

describe("a headline over the place the role is held, as an academic site's profile sets them", () => {
  it("reads the school or organisation under the headline as part of it, not as a section", async () => {
    const r = await readResume("Tomás Herrera\nAssistant Professor of Computational Linguistics\nUniversity of Edinburgh\n\nBiography\nTomás Herrera studies multilingual language models.\n", "text");
    expect(r.basics?.label).toBe("Assistant Professor of Computational Linguistics, University of Edinburgh");
    expect(r.sections ?? []).toEqual([]);
  });
});

describe("the job sought, labelled in the header", () => {
  it("is the CV's headline ('求职意向：后端开发工程师'), and the rest of its line is kept", async () => {
    const r = await readResume("张伟\n电话：138-1234-5678 | 邮箱：zhangwei@163.com\n求职意向：后端开发工程师 | 期望城市：上海\n\n工作经历\n2020.03 - 至今    拼多多    高级后端开发工程师\n", "text");
    expect(r.basics).toMatchObject({ name: "张伟", label: "后端开发工程师", email: "zhangwei@163.com" });
    expect(r.sections?.flatMap((s) => s.items.map((i) => i.summary))).toContain("求职意向:后端开发工程师 | 期望城市:上海");
  });
});

describe("a web address written without its scheme", () => {
  it("is the owner's site under any top-level domain IANA lists, and a library's name is none", async () => {
    const r = await readResume("# Sophie Martin\n\n📍 Lyon, France · ✉️ sophie.martin@proton.me · 🌐 sophiemartin.design\n\n## Experience\n\n**Doctolib** | Product Designer | 2021 – Present\n");
    expect(r.basics?.url).toBe("https://sophiemartin.design");
    expect(r.sections ?? []).toEqual([]);
    const lib = await readResume("# Jo Doe\n\njo@example.org · Node.js\n");
    expect(lib.basics?.url).toBeUndefined();
  });
});

describe("the place a header gives, among what else it says of the person", () => {
  it("reads the place beside a birth date or a nationality, which are no contacts", async () => {
    const r = await readResume("# Lukas Brenner\n**Mechatroniker** | geb. 04.07.1991 | Linz, Österreich\n\nlukas@example.at\n\n## Berufserfahrung\n");
    expect(r.basics?.location).toEqual({ city: "Linz", countryCode: "AT" });
    expect(r.basics?.label).toBe("Mechatroniker");
    const it2 = await readResume("# Chiara Fontana\nData di nascita: 12/05/1994 · Nazionalità: italiana · Bologna, Italia\nchiara@example.it\n\n## Esperienza\n");
    expect(it2.basics?.location).toEqual({ city: "Bologna", countryCode: "IT" });
  });

  it("reads a place with a remark on remote or hybrid work in brackets after it", async () => {
    for (const [place, want] of [
      ["Rosario, Argentina (Remoto/Híbrido)", { city: "Rosario", countryCode: "AR" }],
      ["Leeds, UK (Remote)", { city: "Leeds", countryCode: "GB" }],
      ["Nantes, France (ouvert à la mobilité)", { city: "Nantes", countryCode: "FR" }],
    ] as const) {
      const r = await readResume(`# Alex Moreno\n\n${place}\nalex@example.com\n\n## Experience\n`);
      expect(r.basics?.location, place).toEqual(want);
    }
  });

  it("reads Brazilian places that add the country after the state's code, a postcode before a town that is also a state, and no job title as a town", () => {
    expect(readPlace("[Londrina/PR/Brasil]")).toMatchObject({ city: "Londrina", region: "PR", countryCode: "BR" });
    expect(readPlace("Londrina - PR, Brasil")).toMatchObject({ city: "Londrina", region: "PR", countryCode: "BR" });
    expect(readPlace("Joinville, SC - Brasil")).toMatchObject({ city: "Joinville", region: "SC", countryCode: "BR" });
    expect(readPlace("20095, Hamburg")).toMatchObject({ city: "Hamburg" });
    expect(readPlace("浙江省, 中国")).toMatchObject({ region: "浙江省", countryCode: "CN" });
    expect(readPlace("Системный администратор, Казахстан")).toMatchObject({ countryCode: "KZ" });
    expect(readPlace("Системный администратор, Казахстан")?.city).toBeUndefined();
  });
});

describe("a sidebar of languages where the header's name is missing", () => {
  it("reads no name from a language beside its level ('Fluent English'), where a PDF's header was drawn as a picture pdftotext skips", async () => {
    const text = [
      "Contact", "Birch Lane 12", "Tampere, 33100", "Finland", "+358 40 123 4567", "mira@example.fi", "",
      "Languages", "Finnish as mother", "tongue", "Fluent English", "",
      "Education", "2014–2018", "", "Bachelor of Engineering", "Tampere University of Applied Sciences", "",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(r.basics?.name).toBeUndefined();
    expect(r.basics?.email).toBe("mira@example.fi");
  });
});

describe("a CJK CV that opens with its personal-information section", () => {
  it("takes the name that leads '个人信息''s line of particulars, among a phone, a handle, an e-mail and a school", async () => {
    const r = await readResume(
      [
        "## 个人信息",
        "",
        "李明 | 138-0000-1234 | liming_dev (微信) | li@example.org | 星河大学 软件工程（本科）",
        "",
        "## 工作经验",
        "",
        "### 星河科技有限公司 (2015年3月至今)",
        "",
        "后端开发",
      ].join("\n"),
    );
    expect(r.basics?.name).toBe("李明");
    expect(r.basics?.email).toBe("li@example.org");
  });

  it("takes no degree or title that opens such a line for a name ('本科 | 138-0000-1234 | li@example.org')", async () => {
    for (const opening of ["本科", "工程师"]) {
      const r = await readResume(`## 基本信息\n\n${opening} | 138-0000-1234 | li@example.org\n`);
      expect(r.basics?.name).toBeUndefined();
    }
  });
});

describe("links whose text only names the contact", () => {
  it("reads the address and the number of 'mailto://' and 'tel://' targets, written with the slashes of a web address ('[Email](mailto://…)')", async () => {
    const r = await readResume("# Tomas Varga\n\n[Email](mailto://tomas.varga@example.org) | [Phone](tel://+15550104477) | [Site](https://varga.example.dev)\n\n## Experience\n\n### Lumen Labs *2019 - 2021*\n#### Engineer\n- Built things\n");
    expect(r.basics?.email).toBe("tomas.varga@example.org");
    expect(r.basics?.phone).toBe("+15550104477");
  });
});

describe("a name written with a non-breaking hyphen", () => {
  it("reads 'Ana Kovač‑Lind' and 'Nora Park‑DeSouza' (U+2011, kept from wrapping; a prefix capitalised again after it) as the name", async () => {
    for (const name of ["Ana Kovač\u2011Lind", "Nora Park\u2011DeSouza", "Nora Park-DeSouza"]) {
      const r = await readResume(`# ${name}\n\n- [ana@example.org](mailto:ana@example.org)\n- [(555) 010-2020](tel:+15550102020)\n\n## Experience\n\n### Birchwood Analytics\n\n_**Data Analyst**, May 2018 - June 2020_\n`);
      expect(r.basics?.name).toBe(name);
    }
  });
});

describe("icons set right before the contacts they mark", () => {
  it("keeps an icon's alt text apart from the address after it ('![mail](icons/mail.png)[jo@example.org](mailto:…)')", async () => {
    const r = await readResume("Jo Marsh\n========\n\n> ![mail](icons/mail.png)[jo.marsh@example.org](mailto:jo.marsh@example.org) | ![phone](icons/phone.png)555-010-7788 | ![github](icons/github.png)[github.com/jomarsh](http://github.com/jomarsh)\n\nExperience\n----------\n\n### *Analyst • Fenwick Data*\n##### Apr 2020 - Present (Leeds)\n");
    expect(r.basics?.email).toBe("jo.marsh@example.org");
    expect(r.basics?.phone).toBe("555-010-7788");
    expect(r.basics?.url).toBeUndefined();
  });
});

describe("the header LinkedIn's PDF export prints after its sidebar", () => {
  const sidebar = "Contact\nnoor.haddad@example.org\n\nTop Skills\nKubernetes\nData Pipelines\n\nCertifications\nIntroduction to Generative AI\n\n";
  const main = "Summary\nEngineer who builds data platforms.\n\nExperience\nLantern Freight\nData Engineer\nMarch 2021 - Present (3 years)\n";

  it("takes a headline wrapped over several lines between the name and the place", async () => {
    const headline = "Senior Data Engineer at Lantern Freight | Pipelines, Streaming & ML\n| Certified Cloud Architect (Example Institute)";
    const r = await readResume(`${sidebar}Noor Haddad\n${headline}\nLyon, Auvergne-Rhône-Alpes, France\n\n${main}`, "text");
    expect(r.basics?.name).toBe("Noor Haddad");
    expect(r.basics?.location?.city).toBe("Lyon");
    expect(r.certificates?.map((c) => c.name)).toEqual(["Introduction to Generative AI"]);
  });

  it("takes no wrapped headline that no place closes", async () => {
    const r = await readResume(`${sidebar}Concession Crew\nPerform hotspot duties\nHelping store keepers\n\n${main}`, "text");
    expect(r.basics?.name).toBeUndefined();
  });
});

describe("the owner's second e-mail address or number", () => {
  it("keeps each address and number written under one label, not only the first ('Phone: +1 555 0100 / +1 555 0199')", async () => {
    const r = await readResume("# Ada Lowtown\n\n- Email: ada@example.org, ada.work@example.com\n- Phone: +1 555 123 4567 / +1 555 765 4321\n\n## Experience\n\n### Engineer, Acme Corp (2019 – 2021)\n");
    expect(r.basics).toMatchObject({ email: "ada@example.org", phone: "+1 555 123 4567" });
    expect(r.basics?.otherContacts).toEqual([
      { kind: "email", value: "ada.work@example.com", label: "Email" },
      { kind: "phone", value: "+1 555 765 4321", label: "Phone" },
    ]);
  });

  it("keeps a fax or mobile number on a line of its own with its label, once however often it is written", async () => {
    const text = "Ada Lowtown\nDepartment of Physics, Lowtown University\nPhone: +44 (0) 20 7946 0100\nFax: +44 (0) 20 7946 0199\nEmail: ada@example.org\n\nEmployment\n2019–2023 Lecturer, Lowtown University\n\nContact\nFax: +44 (0)20 7946 0199\n";
    const r = await readResume(text, "text");
    expect(r.basics?.phone).toBe("+44 (0) 20 7946 0100");
    expect(r.basics?.otherContacts).toEqual([{ kind: "phone", value: "+44 (0) 20 7946 0199", label: "Fax" }]);
  });

  it("keeps an address or number under a label that says which of the owner's it is ('Work e-mail:', 'Office phone:', 'Telefon privat:')", async () => {
    const r = await readResume("Ada Lowtown\nEmail: ada@example.org\nWork e-mail: a.lowtown@uni.example.edu\nPhone: +44 20 7946 0100\nOffice phone: +44 20 7946 0155\n\nEmployment\n2019–2023 Lecturer, Lowtown University\n", "text");
    expect(r.basics?.otherContacts).toEqual([
      { kind: "email", value: "a.lowtown@uni.example.edu", label: "Work e-mail" },
      { kind: "phone", value: "+44 20 7946 0155", label: "Office phone" },
    ]);
    const german = await readResume("# Anna Beispiel\n\nTelefon: 030 1234567\nTelefon privat: 0171 2345678\n\n## Berufserfahrung\n\n### Ingenieurin, Muster GmbH (2019 – 2021)\n");
    expect(german.basics?.otherContacts).toEqual([{ kind: "phone", value: "0171 2345678", label: "Telefon privat" }]);
  });

  it("keeps no number under a label that names someone else's ('Emergency phone:', 'Father's mobile:')", async () => {
    const r = await readResume("Ada Lowtown\nPhone: +44 20 7946 0100\nEmergency phone: +44 20 7946 0999\nFather's mobile: +44 7700 900999\n\nEmployment\n2019–2023 Lecturer, Lowtown University\n", "text");
    expect(r.basics?.phone).toBe("+44 20 7946 0100");
    expect(r.basics?.otherContacts).toBeUndefined();
  });

  it("keeps the owner's number whole on a line that runs another person's after it, and keeps no one else's", async () => {
    const line = (text: string) => readResume(`Ada Lowtown\n${text}\n\nEmployment\n2019–2023 Lecturer, Lowtown University\n`, "text");
    for (const text of ["Phone: +44 20 7946 0100 Emergency phone: +44 20 7946 0999", "Nationality: British Phone: +44 20 7946 0100 Father's mobile: +44 7700 900999", "Phone: +44 20 7946 0100 Emergency contact phone: +44 20 7946 0999"]) {
      const r = await line(text);
      expect([r.basics?.phone, r.basics?.otherContacts], text).toEqual(["+44 20 7946 0100", undefined]);
    }
    // a possessive that is part of the value before the label ("St. John's") takes nothing from it
    expect((await line("Location: St. John's Phone: +1 709 555 0100 Email: ada@example.org")).basics?.phone).toBe("+1 709 555 0100");
    // nor does a word of the value that could qualify the label ("University Email")
    expect((await line("Institution: Lindqvist University Email: ada@example.org")).basics?.labels?.email).toBe("Email");
  });

  it("takes another person's number for no number of the owner's though it is the only one, and keeps its line as written", async () => {
    const r = await readResume("Ada Lowtown\nada@example.org\n\nEmployment\n2019–2023 Lecturer, Lowtown University\n\nPersonal Details\nEmergency contact phone: +44 20 7946 0999\nNationality: British\n", "text");
    expect(r.basics?.phone).toBeUndefined();
    expect(JSON.stringify(r.sections)).toContain("Emergency contact phone: +44 20 7946 0999");
  });

  it("keeps an address a personal-data section gives beside the header's", async () => {
    const r = await readResume("# Ada Lowtown\n\nada@example.org\n\n## Experience\n\n### Engineer, Acme Corp (2019 – 2021)\n\n## Contact\n\n- Email: ada.lowtown@uni.example.edu\n");
    expect(r.basics?.email).toBe("ada@example.org");
    expect(r.basics?.otherContacts).toEqual([{ kind: "email", value: "ada.lowtown@uni.example.edu", label: "Email" }]);
  });
});

describe("a handle written as an address", () => {
  it("reads '[ada@github.com](https://github.com/ada)' as the profile its link leads to, not an e-mail address", async () => {
    const r = await readResume("# Ada Lowtown\n\n- [adalow@github.com](https://github.com/adalow)\n- Lowtown\n\n## Experience\n\n### Engineer, Acme Corp (2019 – 2021)\n");
    expect(r.basics?.email).toBeUndefined();
    expect(r.basics?.profiles).toEqual([expect.objectContaining({ network: "GitHub", url: "https://github.com/adalow" })]);
  });
});

describe("a QQ number", () => {
  it("is a profile of the owner's QQ account, as WeChat's is ('QQ：123456789', as Chinese CVs write it beside the phone)", async () => {
    const r = await readResume("# 王小明\n\n电话：13800001111\nQQ：123456789\n\n## 工作经历\n\n2019.03 - 至今 某科技有限公司 后端工程师\n");
    expect(r.basics?.phone).toBe("13800001111");
    expect(r.basics?.otherContacts).toBeUndefined();
    expect(r.basics?.profiles).toEqual([expect.objectContaining({ network: "QQ", username: "123456789" })]);
  });
});

describe("a name with its phone on the first line", () => {
  it("ends the name at the column's tab, and takes moderncv's icon letter before the phone for neither ('Lina Roe\\tÆ +41 79 123 45 67')", async () => {
    const r = await readResume("Lina Roe\tÆ +41 79 123 45 67\nR lina@example.org\n\nExperience\n2019–2023 Analyst, Quarry Bank, Basel\n", "text");
    expect([r.basics?.name, r.basics?.phone]).toEqual(["Lina Roe", "+41 79 123 45 67"]);
  });
});

describe("a first line that is no name and its particulars", () => {
  it("takes the name from its own line under a line of a town and a date ('San Francisco, March 2024')", async () => {
    const r = await readResume("San Francisco, March 2024\nJane Doe\njane@example.org | +1 555 123 4567\n\nEXPERIENCE\n2019 - 2023 Data Engineer, Acme Corp\n", "text");
    expect(r.basics?.name).toBe("Jane Doe");
  });

  it("keeps what a title says after the name's comma as the headline ('# Jane Doe, Senior Software Engineer')", async () => {
    const r = await readResume("# Jane Doe, Senior Software Engineer\n\njane@example.org\n\n## Experience\n\n### Engineer, Acme Corp (2019 – 2021)\n");
    expect([r.basics?.name, r.basics?.label]).toEqual(["Jane Doe", "Senior Software Engineer"]);
  });
});

describe("numbers and addresses that are not the owner's second contact", () => {
  it("keeps no unlabelled number, nor one under a label that names no phone (an ID, an emergency contact), as the owner's", async () => {
    const r = await readResume("# Ravi Kumar\n\nravi@example.com | +91 98450 12345\n\n## Experience\n\n### Engineer, Acme Corp (2019 – 2021)\n\n## Personal Details\n\n- Aadhaar No: 1234 5678 9012\n- Emergency Contact: +91 99000 11223\n\n## Referee\n\nDr Helen Black, Lowtown University\nh.black@example.edu · +44 20 7946 0000\n");
    expect(r.basics?.otherContacts).toBeUndefined();
  });

  it("keeps one number written twice in two formats once ('+44 (0)20 7946 0100', '020 7946 0100')", async () => {
    const r = await readResume("Ada Lowtown\nPhone: +44 (0)20 7946 0100\nada@example.org\n\nEmployment\n2019–2023 Lecturer, Lowtown University\n\nContact\nTel: 020 7946 0100\nMobile: +44 7700 900123\n", "text");
    expect(r.basics?.otherContacts).toEqual([{ kind: "phone", value: "+44 7700 900123", label: "Mobile" }]);
  });

  it("keeps an address linked to a profile on another host as the address", async () => {
    const r = await readResume("# Jane Doe\n\n- [jane.doe@example.com](https://www.linkedin.com/in/janedoe)\n\n## Experience\n\n### Engineer, Acme Corp (2019 – 2021)\n");
    expect(r.basics?.email).toBe("jane.doe@example.com");
  });
});
