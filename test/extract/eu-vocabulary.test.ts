import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { ORG_WORDS, isLegalFormAlone } from "../../src/extract/vocabulary.js";
import { readMarkdown } from "../support/extract.js";

const schools = (r: Resume) => (r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate]);
const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

/** CVs in languages GitHub holds few of (Greek, Hebrew, Arabic, Hungarian, Finnish…), each invented for its test. */
describe("CVs in Greek, Hebrew and Arabic", () => {
  it("reads a Greek CV's titles in capitals, its degrees over their schools, its months and its present", async () => {
    const r = await readMarkdown(
      [
        "# Νίκος Παπαδόπουλος",
        "",
        "## ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ",
        "",
        "### Alpha A.E. — *Μηχανικός Λογισμικού*",
        "**Σεπτέμβριος 2019 – σήμερα**",
        "- Ανάπτυξη εφαρμογών",
        "",
        "## ΣΠΟΥΔΕΣ",
        "",
        "**Πτυχίο Πληροφορικής**  ",
        "Πανεπιστήμιο Πειραιά — *2010 – 2014*",
        "",
        "**Πτυχιούχος Ηλεκτρολόγος Μηχανικός**  ",
        "ΤΕΙ Κρήτης — *2005 – 2009*",
        "",
        "## Τεχνικές Δεξιότητες",
        "",
        "- Python, SQL",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([["Alpha A.E.", "Μηχανικός Λογισμικού", "2019-09", undefined]]);
    expect(schools(r)).toEqual([
      ["Πανεπιστήμιο Πειραιά", "Πτυχίο", "Πληροφορικής", "2010", "2014"],
      ["ΤΕΙ Κρήτης", "Πτυχιούχος", "Ηλεκτρολόγος Μηχανικός", "2005", "2009"],
    ]);
    expect(r.skills?.map((s) => s.name)).toEqual(["Python", "SQL"]);
  });

  it("reads the sections, degrees and schools of CVs in Hebrew and Arabic", async () => {
    const hebrew = await readMarkdown(
      ["# דנה לוי", "", "## ניסיון תעסוקתי", "", "### מפתחת תוכנה | Beta Ltd", "מרץ 2018 – כיום", "", "## השכלה", "", "- תואר ראשון במדעי המחשב, אוניברסיטת תל אביב, 2014 – 2017"].join("\n"),
    );
    expect(jobs(hebrew)).toEqual([["Beta Ltd", "מפתחת תוכנה", "2018-03", undefined]]);
    expect(hebrew.education?.[0]).toMatchObject({ institution: "אוניברסיטת תל אביב", studyType: "תואר ראשון", startDate: "2014", endDate: "2017" });
    const arabic = await readMarkdown(
      ["# سارة أحمد", "", "## الخبرات العملية", "", "### مهندسة برمجيات | Gamma Co", "يناير 2015 - حتى الآن", "", "## التعليم", "", "- بكالوريوس علوم الحاسب | جامعة القاهرة | 2010 - 2014"].join("\n"),
    );
    expect(jobs(arabic)).toEqual([["Gamma Co", "مهندسة برمجيات", "2015-01", undefined]]);
    expect(arabic.education?.[0]).toMatchObject({ institution: "جامعة القاهرة", studyType: "بكالوريوس", startDate: "2010", endDate: "2014" });
  });
});

describe("job headers of German-speaking CVs", () => {
  it("keeps a bold role whole where bars part the line's phrases, and reads the small town after a company's comma as its place, a department there being none", async () => {
    const r = await readMarkdown(
      [
        "# Lebenslauf",
        "",
        "## Berufliche Laufbahn",
        "",
        "### März 2020 – Juni 2022",
        "**Werkzeugmacher – Stv. Teamleiter Fräsen** | Muster Metall AG, Kleinhausen TG",
        "- Einrichten der Maschinen",
        "",
        "### Januar 2018 – Februar 2020",
        "**Sachbearbeiter Einkauf** | Beispiel Personal AG (Einsatz beim Kunden), Dorfwil SG",
        "- Bestellungen",
        "",
        "### Juni 2015 – Dezember 2017",
        "**Kontrolleur** | Probe GmbH, Talheim / Flawil (Anlagenbau)",
        "- Endkontrolle",
        "",
        "### Mai 2013 – Mai 2015",
        "**Sachbearbeiterin** | Muster Versicherung AG, Schadenabteilung",
        "- Schadenfälle",
      ].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.position, w.location])).toEqual([
      ["Muster Metall AG", "Werkzeugmacher – Stv. Teamleiter Fräsen", "Kleinhausen TG"],
      ["Beispiel Personal AG (Einsatz beim Kunden)", "Sachbearbeiter Einkauf", "Dorfwil SG"],
      ["Probe GmbH", "Kontrolleur", "Talheim / Flawil"],
      ["Muster Versicherung AG", "Sachbearbeiterin", undefined],
    ]);
  });
});

describe("jobs told in a line that runs on into sentences", () => {
  it("names the employer and the role before the first sentence's end, as Russian CVs write 'С … по …: ООО «…», role. What was done.'", async () => {
    const r = await readMarkdown(
      [
        "# Иванов Иван",
        "",
        "## Опыт работы",
        "",
        "С марта 2019 по настоящее время: ООО «Альфа Софт», инженер-программист 1-й категории. Разработка серверного ПО на C# и Python.  ",
        "",
        "С мая 2012 г. по март 2019 г.: ЗАО «НПП “Бета”», заместитель начальника отдела. Разработка электронных схем, трассировка печатных плат, сертификация.  ",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["ООО «Альфа Софт»", "инженер-программист 1-й категории", "2019-03", undefined],
      ["ЗАО «НПП “Бета”»", "заместитель начальника отдела", "2012-05", "2019-03"],
    ]);
    expect(r.work?.[0]?.summary).toContain("Разработка серверного ПО");
  });
});

describe("a name given in parts in a table of personal data", () => {
  it("joins the given name and the family name of a two-column table's rows, as a German CV's 'Persönliche Daten' writes them", async () => {
    const r = await readMarkdown(
      ["# Lebenslauf", "", "## Persönliche Daten", "", "| | |", "|---|---|", "| **Vorname** | Anna |", "| **Nachname** | Huber |", "| **E-Mail** | anna@example.org |"].join("\n"),
    );
    expect(r.basics).toMatchObject({ name: "Anna Huber", email: "anna@example.org" });
  });
});

describe("Flemish and Dutch degrees", () => {
  it("reads 'Kandidatuur', 'Professionele Bachelor in de …' and 'ASO' as degrees beside their schools, the field after 'in de'", async () => {
    const r = await readMarkdown(
      [
        "# Jan Peeters",
        "",
        "## Opleidingen",
        "",
        "* **Professionele Bachelor in de Toegepaste Informatica** | Hogeschool Noord | 2004",
        "* **Kandidatuur Geschiedenis** | KU Leuven | 1999 – 2000",
        "* **ASO Latijn-Wiskunde** | Sint-Jozefcollege | 1999",
      ].join("\n"),
    );
    expect(schools(r)).toEqual([
      ["Hogeschool Noord", "Professionele Bachelor", "Toegepaste Informatica", undefined, "2004"],
      ["KU Leuven", "Kandidatuur", "Geschiedenis", "1999", "2000"],
      ["Sint-Jozefcollege", "ASO", "Latijn-Wiskunde", undefined, "1999"],
    ]);
  });
});

describe("CVs in Serbian and Croatian", () => {
  it("reads their section titles in Latin and Cyrillic script, a group heading of jobs inside the work section, and their role words", async () => {
    const r = await readMarkdown(
      [
        "# Marko Petrović",
        "",
        "## Radno iskustvo",
        "",
        "### Stalni poslovi",
        "",
        "- **Softverski inženjer — Primer Sistemi d.o.o.** (primer.rs), Novi Sad, Srbija · 02/2016 – 02/2020. Razvoj aplikacija.",
        "- **Programer — Uzor Soft d.o.o.** (uzor.rs), Beograd, Srbija · 01/2012 – 01/2016. Održavanje sistema.",
        "",
        "## Образовање",
        "",
        "- **B.Sc, Informatika** — Univerzitet Primer · 2012.",
        "",
        "## Veštine",
        "",
        "- **Jezici:** Go, Kotlin",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Primer Sistemi d.o.o.", "Softverski inženjer", "2016-02", "2020-02"],
      ["Uzor Soft d.o.o.", "Programer", "2012-01", "2016-01"],
    ]);
    expect(schools(r)).toEqual([["Univerzitet Primer", "B.Sc", "Informatika", undefined, "2012"]]);
    expect(r.skills?.map((s) => s.name)).toEqual(["Jezici"]);
  });
});

describe("company forms of Central European and Latin American CVs", () => {
  it("makes a phrase a company by its form, and takes the form after a comma for the end of the name", () => {
    expect(["Primer Sistemi d.o.o.", "Példa Kft.", "Vzor s.r.o.", "Exemplo Lda", "Ejemplo CIA LTDA"].map((name) => ORG_WORDS.test(name))).toEqual([true, true, true, true, true]);
    expect(isLegalFormAlone("CIA LTDA")).toBe(true);
  });
});

describe("Scandinavian CVs that set a role at its employer", () => {
  it("reads 'hos' and 'på' as the word for 'at' between the role and the employer", async () => {
    const r = await readMarkdown(
      [
        "# Mette Eksempel",
        "",
        "## Erhvervserfaring",
        "",
        "### Marts 2019 – nu: Softwareudvikler hos Eksempel ApS, Aarhus, Danmark",
        "",
        "- Udviklede tjenester.",
        "",
        "### Juni 2015 – februar 2019: Testkonsulent hos Prøve A/S, Odense, Danmark",
        "",
        "- Testede systemer.",
        "",
        "### Augusti 2012 – maj 2015: Utvecklare på Exempel AB, Malmö, Sverige",
        "",
        "- Byggde appar.",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Eksempel ApS", "Softwareudvikler", "2019-03", undefined],
      ["Prøve A/S", "Testkonsulent", "2015-06", "2019-02"],
      ["Exempel AB", "Utvecklare", "2012-08", "2015-05"],
    ]);
  });
});

describe("skill headings that say 'technical'", () => {
  it("reads 'Teknisk profil' and 'Capacità Tecniche' as skills, not a summary or an unknown section", async () => {
    const danish = await readMarkdown(["# Mette Eksempel", "", "## Teknisk profil", "", "**Sprog:** TypeScript, Ruby", "", "**Databaser:** PostgreSQL, Redis"].join("\n"));
    expect(danish.skills?.map((s) => s.name)).toEqual(["Sprog", "Databaser"]);
    const italian = await readMarkdown(["# Marco Esempio", "", "# Capacità Tecniche", "", "## Linguaggi", "", "Esperto", ":   Go, Python", "", "## Strumenti", "", "Esperto", ":   Docker"].join("\n"));
    expect(italian.skills?.map((s) => s.name)).toEqual(["Linguaggi", "Strumenti"]);
  });

  it("reads Hungarian 'Szakmai elismerések' (professional recognitions) as awards", async () => {
    const r = await readMarkdown(["# Minta Anna", "", "## Szakmai elismerések", "", "- Országos Diákköri Konferencia, 1. helyezés (2015)"].join("\n"));
    expect(r.awards?.length).toBe(1);
  });
});

describe("words of Polish, Turkish, Czech and Portuguese CVs, and a NuGet profile", () => {
  it("reads Polish 'tytuł magistra' / 'tytuł inżyniera' (the degree a diploma confers, in the genitive) as degrees", async () => {
    const r = await readMarkdown(["# Anna Przykład", "", "## Wykształcenie", "", "* **Politechnika Przykładowa** | Tytuł inżyniera informatyki", "* **Uniwersytet Przykładowy** | tytuł magistra ekonomii, 2015"].join("\n"));
    expect(schools(r).map(([school, degree]) => [school, degree])).toEqual([
      ["Politechnika Przykładowa", "Tytuł inżyniera"],
      ["Uniwersytet Przykładowy", "tytuł magistra"],
    ]);
  });

  it("reads Turkish 'halen devam' (still going on) as the present, not a word of the entry's name", async () => {
    const r = await readMarkdown(["# Ali Örnek", "", "## Müzik Projeleri", "", "- 2008 - halen devam: Bas gitar [Örnek Grup](http://example.org)"].join("\n"));
    expect(r.projects?.map((p) => [p.name, p.startDate, p.endDate])).toEqual([["Bas gitar", "2008", undefined]]);
  });

  it("reads a NuGet profile as a profile, not as the person's homepage", async () => {
    const r = await readMarkdown(["# Karin Exempel", "", "## Kontakt", "", "**Webb:**  ", "https://github.com/karin-exempel/  ", "https://www.nuget.org/profiles/karin.exempel"].join("\n"));
    expect(r.basics?.url).toBeUndefined();
    expect(r.basics?.profiles?.map((p) => [p.network, p.username])).toContainEqual(["NuGet", "karin.exempel"]);
  });

  it("reads Czech 'Řidičský průkaz' (driving licence) as a certificate's section", async () => {
    const czech = await readMarkdown(["# Jana Příkladová", "", "## Řidičský průkaz", "", "- skupina B"].join("\n"));
    expect(czech.certificates?.length).toBe(1);
  });

  it("reads Portuguese 'Objetivo Profissional' as the summary", async () => {
    const portuguese = await readMarkdown(["# Ana Exemplo", "", "## Objetivo Profissional", "", "Contribuir como desenvolvedora back-end em projetos desafiadores."].join("\n"));
    expect(portuguese.basics?.summary).toBe("Contribuir como desenvolvedora back-end em projetos desafiadores.");
  });
});

/** German job titles, masculine and feminine, and compounds by their head, on an invented CV's station list. */
describe("German job titles after an employer's comma", () => {
  it("reads the title, not the employer's tail, where the title is a feminine form or a compound the vocabulary ends", async () => {
    const r = await readMarkdown(
      ["# Jana Nowak", "", "## Berufserfahrung", "", "- Elbwerk, Redakteurin (2019 – 2021)", "- Rheinblatt, Datenjournalist (2016 – 2019)", "- Klinikum Nord, Krankenpflegerin (2012 – 2016)", "- Sportverein Süd, Trainerin (2010 – 2012)"].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Elbwerk", "Redakteurin", "2019", "2021"],
      ["Rheinblatt", "Datenjournalist", "2016", "2019"],
      ["Klinikum Nord", "Krankenpflegerin", "2012", "2016"],
      ["Sportverein Süd", "Trainerin", "2010", "2012"],
    ]);
  });
});
