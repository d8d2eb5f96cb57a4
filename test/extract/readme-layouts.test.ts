import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

/** Layouts that Markdown résumés, profile READMEs and personal pages share, each on an invented CV. */
describe("Markdown résumés and profile pages", () => {
  it("reads the title as the name though a handle spells its words in lower case ('Skype: marta_kowalczyk')", async () => {
    const r = await readMarkdown("# Marta Kowalczyk\n\n---\n* Email: mk@example.org\n* Skype: marta_kowalczyk\n\n## Experience\n\n### Developer at Acme Sp. z o.o.\n\n*03.2019 - present*\n");
    expect(r.basics?.name).toBe("Marta Kowalczyk");
    expect(r.basics?.label).toBeUndefined();
  });

  it("reads bold section titles as sections where the document draws no heading (a Word file converted to Markdown)", async () => {
    const r = await readMarkdown(
      "Lena Okafor\n\nLeeds, United Kingdom\n\n**Summary**\n\nI am a final-year engineering student.\n\n**Education**\n\n**UNIVERSITY OF LEEDS**\n\nBachelor's degree, Mechanical Engineering\n\nSep 2021 - Jun 2025\n\n**Experience**\n\n**Arup**\n\nEngineering Intern\n\nJul 2024 - Sep 2024\n\n- Modelled loads on footbridges.\n",
    );
    expect(r.basics?.name).toBe("Lena Okafor");
    expect(r.basics?.summary).toBe("I am a final-year engineering student.");
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate])).toEqual([["UNIVERSITY OF LEEDS", "Bachelor's degree", "Mechanical Engineering", "2021-09", "2025-06"]]);
    expect(jobs(r)).toEqual([["Arup", "Engineering Intern", "2024-07", "2024-09"]]);
    expect(r.sections ?? []).toEqual([]);
  });

  it("keeps a bold title under a Markdown section heading inside its section ('## Skills' over '**Languages**')", async () => {
    const r = await readMarkdown("# Lena Okafor\n\n## Skills\n\n**Languages**\n\n- Python\n- Go\n\n**Tools**\n\n- Docker\n");
    expect(r.languages ?? []).toEqual([]);
    expect((r.skills ?? []).map((s) => s.name)).toEqual(["Languages", "Tools"]);
  });

  it("reads sections whose heading starts with a person emoji in a skin tone ('## 👩🏻‍💻 Work Experience')", async () => {
    const r = await readMarkdown("# Jane Roe\n\n## 👩🏻‍💻 Work Experience\n\n### Developer, Acme Corp\n2019 - 2021\n\n## 👨🏽‍🎓 Education\n\n**BSc Computer Science**, Example University, 2018\n");
    expect(jobs(r)).toEqual([["Acme Corp", "Developer", "2019", "2021"]]);
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([["Example University", "BSc", "Computer Science", "2018"]]);
    expect(r.sections ?? []).toEqual([]);
  });

  it("reads a list item's own items as its organisation and dates ('- **Role**' over '  - Org' and '  - dates')", async () => {
    const r = await readMarkdown("# Kenji Mori\n\n### Experience\n\n- **Senior Engineer**\n  - Rakuten Group Inc.\n  - July 2021 - Present\n  - Built the search service.\n\n- **Programmer**\n  - Fujitsu Limited.\n  - Oct 2017 - Jan 2021\n\n### Education\n\n- **Master's degree**\n  - Keio University\n  - 2015 - 2017\n");
    expect(jobs(r)).toEqual([
      ["Rakuten Group Inc.", "Senior Engineer", "2021-07", undefined],
      ["Fujitsu Limited.", "Programmer", "2017-10", "2021-01"],
    ]);
    expect(r.work?.[0]?.highlights).toEqual(["Built the search service."]);
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.startDate, e.endDate])).toEqual([["Keio University", "Master's degree", "2015", "2017"]]);
  });

  it("leaves a bullet under a line of text as what was done, though a date follows it", async () => {
    const r = await readMarkdown("# Kenji Mori\n\n## Awards\n\nVolunteer of the Year\n- Kalamazoo Food Bank is a charity\n\nMay 2019\n");
    expect(r.awards?.[0]?.title).toBe("Volunteer of the Year");
  });

  it("cuts 'Role at Employer' though the line under it names a town no gazetteer knows, and reads 'Remote job' as where, not as what", async () => {
    const r = await readMarkdown("# Oleg Sorokin\n\n## Experience\n\n### Backend developer at Tinkoff Bank\n\n*12.2014 - present* | Remote job\n\n### Software developer at Yandex LLC\n\n*08.2012 - 12.2014* | Saint-Petersburg\n\n### Sysadmin at Hvoya Furniture\n\n*09.2008 - 03.2009* | Kstovo\n");
    expect(jobs(r)).toEqual([
      ["Tinkoff Bank", "Backend developer", "2014-12", undefined],
      ["Yandex LLC", "Software developer", "2012-08", "2014-12"],
      ["Hvoya Furniture", "Sysadmin", "2008-09", "2009-03"],
    ]);
    expect(r.work?.[0]?.location).toBe("Remote job");
    expect(JSON.stringify(r)).toContain("Kstovo");
  });

  it("reads an experience section of undated skill groups as skills ('Technical Experience' over '### Programming languages')", async () => {
    const r = await readMarkdown("# Oleg Sorokin\n\n## Experience\n\n### Developer at Yandex LLC\n\n*2012 - 2014*\n\nTechnical Experience\n--------------------\n\n### Programming languages\n\n* **Erlang** - my main language.\n\n### Tools & Protocols\n\nLinux, git, REST, SNMP.\n");
    expect(jobs(r)).toEqual([["Yandex LLC", "Developer", "2012", "2014"]]);
    expect((r.skills ?? []).map((s) => s.name)).toEqual(["Programming languages", "Tools & Protocols"]);
  });

  it("reads the academicpages layout's employer with its place after it, and schools with their country or campus town", async () => {
    const r = await readMarkdown(
      "---\ntitle: CV\n---\n\nEducation\n======\n* Ph.D in Physics, University of Madras, India, 2014-2020\n* M.Sc. in Physics, NIT Warangal, India, 2014\n* B.S. in Chemistry, TU Dresden, Germany, 2011\n\nWork experience\n======\n* 2020-Present: Research Fellow\n  * Max Planck Institute for Astronomy (MPIA), Heidelberg, Germany\n  * Mentor: Prof. Anna Berg\n",
    );
    expect((r.education ?? []).map((e) => [e.institution, e.location])).toEqual([
      ["University of Madras", "India"],
      ["NIT Warangal", "India"],
      ["TU Dresden", "Germany"],
    ]);
    expect(jobs(r)).toEqual([["Max Planck Institute for Astronomy (MPIA)", "Research Fellow", "2020", undefined]]);
    expect(r.work?.[0]?.location).toBe("Heidelberg, Germany");
  });

  it("reads a year with its dash set against it before the role as a range still open ('`2016-` **Associate Professor**, …')", async () => {
    const r = await readMarkdown("## Employment\n\n`2016-` **Associate Professor of History**, University of Utah (Salt Lake City, UT)  \n`2010-2016` **Assistant Professor of History**, Reed College (Portland, OR)  \n");
    expect(jobs(r)).toEqual([
      ["University of Utah", "Associate Professor of History", "2016", undefined],
      ["Reed College", "Assistant Professor of History", "2010", "2016"],
    ]);
  });

  it("dates an award from the line under who gave it ('**Award**' / 'Awarder' / '2019', lines broken inside one paragraph)", async () => {
    const r = await readMarkdown("# Ingrid Dahl\n\n## Grants & Awards\n\n**Early Career Grant**  \nNordic Research Council  \n2023 - 2027  \nRole: PI\n\n**Best Poster Award**  \nSociety for Neuroscience  \n2019\n");
    expect((r.awards ?? []).map((a) => [a.title, a.awarder, a.date])).toEqual([
      ["Early Career Grant", "Nordic Research Council", "2023"],
      ["Best Poster Award", "Society for Neuroscience", "2019"],
    ]);
    expect(JSON.stringify(r.awards)).toContain("Role: PI");
  });

  it("reads the name a profile README's greeting gives, one word though it is ('## Hey 👋, I'm Ines!')", async () => {
    const r = await readMarkdown("## Hey 👋, I'm Ines!\n\nI'm a Frontend Developer at [Spotify](https://spotify.com) in Stockholm.\n\n📫 Reach me at ines.l@example.com · [LinkedIn](https://www.linkedin.com/in/inesl)\n");
    expect(r.basics?.name).toBe("Ines");
    expect(r.basics?.email).toBe("ines.l@example.com");
  });

  it("reads a town's name as the employer where the section names employers there beside a role ('### Senior Developer - Braintree')", async () => {
    const r = await readMarkdown("# Ron Miles\n\n## Work Experience\n\n### Software Engineer - Stripe, Inc.\n\n#### February 2017 &ndash; Present\n\n### Senior Developer - Braintree\n\n#### March 2014 &ndash; January 2017\n");
    expect(jobs(r)).toEqual([
      ["Stripe, Inc.", "Software Engineer", "2017-02", undefined],
      ["Braintree", "Senior Developer", "2014-03", "2017-01"],
    ]);
  });

  it("keeps an employer named before 'Remote' apart from it ('### Packlane, Remote - Software Engineer')", async () => {
    const r = await readMarkdown("# Ron Miles\n\n## Experience\n\n### Packlane, Remote - Software Engineer\n\nAugust 2016 - Present\n\n### Acme Labs, Gainesville - Junior Developer\n\nMay 2015 - July 2016\n");
    expect(jobs(r)).toEqual([
      ["Packlane", "Software Engineer", "2016-08", undefined],
      ["Acme Labs", "Junior Developer", "2015-05", "2016-07"],
    ]);
    expect(JSON.stringify(r.work?.[0])).toContain("Remote");
  });

  it("reads the name from the heading under a title that names no one ('# **my-cv**' over '## **Olena Petrenko**' over '### Contacts')", async () => {
    const r = await readMarkdown("# **my-cv**\n\n---\n\n## **Olena Petrenko**\n\n---\n\n### Contacts\n\n* Location: Lviv, Ukraine\n* Email: olena.p@example.com\n\n### Skills\n\n* HTML5, CSS3\n* Git\n");
    expect(r.basics?.name).toBe("Olena Petrenko");
    expect(r.basics?.email).toBe("olena.p@example.com");
    expect(JSON.stringify(r)).toContain("my");
  });

  it("keeps the dates on a line of their own apart from the sentence under them in the same paragraph", async () => {
    const r = await readMarkdown("# Aiko Sato\n\n## Experience\n\n### <span>Rakuten Group Inc</span>\n<span>Nov 2020 -- Present</span>\nWorking closely with business units and engineers.\n\n- Explained search technology to clients.\n");
    expect(jobs(r)).toEqual([["Rakuten Group Inc", undefined, "2020-11", undefined]]);
    expect(r.work?.[0]?.summary).toBe("Working closely with business units and engineers.");
  });

  it("reads a role set at an employer in bold ('### Backend Developer at **Valtech**') and 'Working Experiences' as jobs", async () => {
    const r = await readMarkdown("# Omar Haddad\n\n## Working Experiences\n\n### Backend Developer at **Valtech**  \n*September 2022 - Present*\n\n- Built services.\n\n### .NET Developer at **Ztech**  \n*April 2022 - June 2022*\n");
    expect(jobs(r)).toEqual([
      ["Valtech", "Backend Developer", "2022-09", undefined],
      ["Ztech", ".NET Developer", "2022-04", "2022-06"],
    ]);
  });

  it("reads a bold name closed by a colon as the head of the labelled lines under it ('__Tulane University__:' over '- Degree: …')", async () => {
    const r = await readMarkdown("# Resume\n\n## Education\n\n__Tulane University__: \n\n- Degree: Bachelor of Science\n- Major: Computer Science\n- Graduation: May 2015\n- Cumulative GPA: 3.4\n\n## Work Experience\n\n__Acme Labs__: Software Engineer\n\n- June 2015 - Present\n- Lead a team of engineers\n");
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.endDate])).toEqual([["Tulane University", "Bachelor of Science", "2015-05"]]);
    expect(JSON.stringify(r.education)).toContain("Computer Science");
    expect(jobs(r)).toEqual([["Acme Labs", "Software Engineer", "2015-06", undefined]]);
  });

  it("reads a Markdown file that is one fenced block of text as the plain-text CV it holds, leaders as column gaps", async () => {
    const text = [
      "---",
      "title: Dana Whitfield - Resume",
      "---",
      "",
      "```text",
      "",
      "Dana Whitfield",
      "",
      "Portland OR USA      dana@example.org      github.com/dwhit",
      "",
      "EXPERIENCE",
      "",
      "2019-2023    Acme Robotics, Staff Engineer ---------------------------- Portland OR",
      "     Led the motion planning team.",
      "",
      "2015-2019    Globex, Software Engineer ------------------------------- Seattle WA",
      "     Built the billing service.",
      "",
      "EDUCATION",
      "",
      "BS Computer Science ........................................ Oregon State University",
      "```",
      "",
    ].join("\n");
    const r = await readMarkdown(text);
    expect(r.basics?.name).toBe("Dana Whitfield");
    expect([r.basics?.location?.city, r.basics?.location?.region, r.basics?.location?.countryCode]).toEqual(["Portland", "OR", "US"]);
    expect(jobs(r)).toEqual([
      ["Acme Robotics", "Staff Engineer", "2019", "2023"],
      ["Globex", "Software Engineer", "2015", "2019"],
    ]);
    expect(r.work?.[0]?.location).toBe("Portland OR");
    expect(r.education?.[0]?.institution).toBe("Oregon State University");
  });

  it("reads a list item's lines as its role, dates and employer, a name on its own line apart from the sentence under it", async () => {
    const r = await readMarkdown("# Lucas Prado\n\n## Experience\n\n- **Research Assistant**\n  2023 - 2024\n  Institute of Applied Mathematics (IMPA)\n  While working there I built tools for the analysis of survey data.\n\n- **Machine Learning Intern**\n  2022 - 2023\n  Nubank\n  Built fraud models for card payments.\n");
    expect(jobs(r)).toEqual([
      ["Institute of Applied Mathematics (IMPA)", "Research Assistant", "2023", "2024"],
      ["Nubank", "Machine Learning Intern", "2022", "2023"],
    ]);
    expect(r.work?.[1]?.summary).toBe("Built fraud models for card payments.");
  });

  it("reads the RS School layout: a name a Discord tag spells in lower case, the headline under it, a labelled school, task boxes", async () => {
    const r = await readMarkdown(
      "# Pavel Sidorov\n## Junior Frontend Developer\n---\n### Contacts:\n- **Location:** Minsk, Belarus\n- **Email:** p.sidorov@example.com\n- **Discord:** pavel#4321\n---\n### Skills:\n- HTML5, CSS3\n- [x] JavaScript\n\n### Education:\n- **University:** Belarusian National Technical University (2016 - 2020)\n",
    );
    expect([r.basics?.name, r.basics?.label]).toEqual(["Pavel Sidorov", "Junior Frontend Developer"]);
    expect((r.education ?? []).map((e) => [e.institution, e.startDate, e.endDate])).toEqual([["Belarusian National Technical University", "2016", "2020"]]);
    expect((r.skills ?? []).map((s) => s.name)).toContain("JavaScript");
  });

  it("reads a personal page that opens with '# About me': its greeting names the author, the headings under it open sections", async () => {
    const r = await readMarkdown("---\ntitle: About\n---\n\n# About me\n\nI'm **Jonas Berger**, a data engineer based in Hamburg.\n\n## Experience\n\n- **Otto Group** · Senior Data Engineer · 2021 – now\n\n## Contact\n\njonas@berger.example · [GitHub](https://github.com/jberger)\n");
    expect(r.basics?.name).toBe("Jonas Berger");
    expect(r.basics?.email).toBe("jonas@berger.example");
    expect(jobs(r)).toEqual([["Otto Group", "Senior Data Engineer", "2021", undefined]]);
  });

  it("joins a form's given and family name into the name ('### First Name: **Aziz**' / '### Last Name: **Rahimov**')", async () => {
    for (const [text, name] of [
      ["# My CV for the course\n### First Name:   **Aziz**\n### Last Name:   **Rahimov**\n\n## Contact Info\n\n- Phone: +998 90 111 22 33\n\n## Skills\n\n- CSS\n", "Aziz Rahimov"],
      ["# Lebenslauf\n\nVorname: Anna\n\nNachname: Huber\n\n## Kenntnisse\n\n- Python\n", "Anna Huber"],
    ]) {
      expect((await readMarkdown(text!)).basics?.name).toBe(name);
    }
  });

  it("reads a degree set at its school with '@' ('**Bachelor of Science in Physics @ Anna University**')", async () => {
    const r = await readMarkdown("# Arjun Rao\n\n## EDUCATION\n\n**Bachelor of Science in Physics @ Anna University**\nJan 2014 - Dec 2018\n\n- Graduated with Honors\n");
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate])).toEqual([["Anna University", "Bachelor of Science", "Physics", "2014-01", "2018-12"]]);
  });

  it("reads who oversaw a job ('Advisor: Prof. …', '· Manager: …', '(advisor: …)') as the entry's text, not as its role or employer", async () => {
    const r = await readMarkdown(
      "# Maren Lund\n\n## Experience\n\n### Software Engineer II, Shopify\nOttawa, ON · Manager: Priya Natarajan  \nMar 2022 – Present\n\n### Research Assistant, University of Bergen\nAdvisor: Prof. Ola Hansen  \n2019 – 2021\n\n### Intern, Equinor ASA\nSupervisors: Dr. Kari Berg, Dr. Ivar Moe  \nSummer 2018\n\n## Appointments\n\n- 2016–2018: Visiting Researcher, ETH Zürich (host: Prof. Anna Keller)\n- Product Manager: 2014 – 2016, Opera Software\n",
    );
    expect(jobs(r)).toEqual([
      ["Shopify", "Software Engineer II", "2022-03", undefined],
      ["University of Bergen", "Research Assistant", "2019", "2021"],
      ["Equinor ASA", "Intern", "2018", "2018"],
      ["ETH Zürich", "Visiting Researcher", "2016", "2018"],
      ["Opera Software", "Product Manager", "2014", "2016"],
    ]);
    expect(r.work?.[1]?.summary).toBe("Advisor: Prof. Ola Hansen");
    expect(JSON.stringify(r.work?.[0])).toContain("Manager: Priya Natarajan");
  });

  it("reads a job whose bold title pretty-printed HTML breaks before its employer ('<summary>Data Engineer at\\n<a>…</a></summary>') as one header", async () => {
    const r = await readMarkdown(
      '<h1>Tomás Herrera</h1>\n\n<h2>Experience</h2>\n\n<details open>\n  <summary>Platform Engineer at <a href="https://example.com/a">Cabify</a></summary>\n  <p>June 2021 - current (Madrid, Spain)</p>\n</details>\n\n<details>\n  <summary>Senior Data Engineer at\n    <a href="https://example.com/b">Jobandtalent</a>\n  </summary>\n  <p>March 2018 - May 2021 (Madrid, Spain)</p>\n  <ul><li>Built the matching pipeline</li></ul>\n</details>\n',
    );
    expect(jobs(r)).toEqual([
      ["Cabify", "Platform Engineer", "2021-06", undefined],
      ["Jobandtalent", "Senior Data Engineer", "2018-03", "2021-05"],
    ]);
  });

  it("reads a school named with a middle initial in an about page's prose ('… at the Harvard John A. Paulson School of …')", async () => {
    const r = await readMarkdown("---\ntitle: about\n---\n\nI am a Ph.D. student in the Robotics Lab at the Harvard John A. Paulson School of Engineering and Applied Sciences, advised by Prof. Lee.\n");
    expect((r.education ?? []).map((e) => [e.institution, e.studyType])).toEqual([["Harvard John A. Paulson School of Engineering and Applied Sciences", "Ph.D."]]);
  });

  it("takes no name from a title-cased heading that only opens like a greeting ('I'm Always Up to Learn New Things.')", async () => {
    const r = await readMarkdown("<h2>I'm Always Up to Learn New Things.</h2>\n\n<p>I'm an aspiring developer.</p>\n\n<h2>Skills</h2>\n\n- Python\n");
    expect(r.basics?.name).toBeUndefined();
    expect((await readMarkdown("## Hi, I'm Alex Moreau from New York\n\n## Skills\n\n- Go\n")).basics?.name).toBe("Alex Moreau");
  });

  it("reads a heading's guillemet as its bullet ('#### » Desenvolvedor') and a degree whose later words are capitalised ('Pós-Graduação lato sensu em …')", async () => {
    const r = await readMarkdown(
      "# Renata Alves\n\n### Formação acadêmica\n\nPós-Graduação lato sensu em engenharia de dados.\n\nBacharelado em sistemas de informação.\n\n### Histórico profissional\n\n#### » Desenvolvedora backend\n\nNubank - São Paulo - SP\n\nJan 2021 - Atual\n\n#### » Analista de sistemas\n\nTotvs - Joinville - SC\n\nMar 2017 - Dez 2020\n",
    );
    expect(jobs(r)).toEqual([
      ["Nubank", "Desenvolvedora backend", "2021-01", undefined],
      ["Totvs", "Analista de sistemas", "2017-03", "2020-12"],
    ]);
    expect((r.education ?? []).map((e) => [e.studyType, e.area])).toEqual([
      ["Pós-Graduação lato sensu", "engenharia de dados"],
      ["Bacharelado", "sistemas de informação"],
    ]);
  });

  it("reads a profile tagline's field at a school as a study ('ECE @ Purdue University · Interning @ Bosch'), not a job there", async () => {
    const r = await readMarkdown("# Meera Pillai\n\nECE @ Purdue University · Interning @ Bosch · building embedded things\n\n## Stack\n\n- Rust\n- C\n");
    expect((r.education ?? []).map((e) => [e.institution, e.area])).toEqual([["Purdue University", "ECE"]]);
    const job = await readMarkdown("# Meera Pillai\n\nResearch Assistant @ Purdue University · SWE @ Bosch\n\n## Stack\n\n- Rust\n");
    expect(job.education ?? []).toEqual([]);
  });
});

describe("academic CVs kept in Jekyll sites", () => {
  const titles = (r: Resume) => (r.publications ?? []).map((p) => p.name);

  it("reads the author-date citations of the sciences, the year or the paper's state a sentence between authors and title", async () => {
    const r = await readMarkdown(
      "# Ines Albrecht\n\n## Publications\n\n+ Albrecht, I.K., T.R. Moss, & P. Okafor. 2019. Do seed banks buffer drought? Dispersal in alpine meadows. _Oikos_ 12:40-51.\n+ Moss, T.; Albrecht, I.K. (Accepted). Pollen limitation across an elevation gradient. _Ecology_\n+ Albrecht IK, Moss T. 2016. Root traits and frost: are they linked? _Plant Ecology_.\n+ Okafor, P., and Albrecht, I. (2015, June). Soil fungi after fire. Poster, Annual Meeting.\n\n### In review\n\n+ Albrecht, I.K. In review. Snowmelt timing and flowering phenology.\n",
    );
    expect(titles(r)).toEqual([
      "Do seed banks buffer drought? Dispersal in alpine meadows",
      "Pollen limitation across an elevation gradient",
      "Root traits and frost: are they linked?",
      "Soil fungi after fire",
      "Snowmelt timing and flowering phenology",
    ]);
  });

  it("reads citations each under a year alone, kramdown's '{: .class}' and Liquid's '{{ … }}' being no words of the CV", async () => {
    const r = await readMarkdown(
      "# Ravi Menon\n\n<a href=\"mailto:{{ site.email }}\">{{ site.email }}</a>\n\n## Conference Papers\n\n{: .reference }\n`2021`\nLi, Q., __Menon, R.__, and Ortiz, F. \"Phishing Cues in\nMobile Mail Clients.\" In *Symposium on Usable Security*. (2021).\n\n{: .reference }\n`2019`\nOrtiz, F., __Menon, R.__ “Warning Fatigue Revisited,” *Workshop on Security*, 2019.\n\n{: .reference }\n`2018`\n__Menon, R.__, Li, Q. \"Browser Warnings\nand Habituation.\" In *HICSS*, 2018.\n",
    );
    expect(titles(r)).toEqual(["Phishing Cues in Mobile Mail Clients", "Warning Fatigue Revisited", "Browser Warnings and Habituation"]);
    expect(r.basics?.email).toBeUndefined();
  });

  it("keeps the employer set under a dated role when a line saying who oversaw the job follows it ('Mentor: …')", async () => {
    const r = await readMarkdown(
      "# Lena Fischer\n\n## Research Appointments\n\n**Research Intern**, Summer 2015  \n*Vision Group*, [Kestrel Labs](https://example.com/k), Boulder, CO  \nMentor: [Dr. Amir Haddad](https://example.com/a)  \n- Built a depth estimation benchmark\n\n**Research Assistant**, Fall 2012 to May 2016  \n[Robotics Lab](https://example.com/r), Northfield College, Boulder, CO  \nAdvisor: Prof. Karen Liu\n",
    );
    expect((r.work ?? []).map((w) => [w.name, w.position, w.location])).toEqual([
      ["Vision Group", "Research Intern", "Boulder, CO"],
      ["Robotics Lab, Northfield College", "Research Assistant", "Boulder, CO"],
    ]);
  });

  it("takes no name from a link to the PDF copy at the page's top ('[Download PDF](/files/cv.pdf)'), and reads '… studies and diplomas' as education", async () => {
    const r = await readMarkdown("---\nlayout: page\n---\n[Download PDF](/files/cv.pdf)\n\nUniversity studies and diplomas\n---------\n\n* 2012 M.Sc. in Hydrology, University of Utrecht\n");
    expect(r.basics?.name).toBeUndefined();
    expect((r.education ?? []).map((e) => e.institution)).toEqual(["University of Utrecht"]);
    const named = await readMarkdown("[Download PDF version](/files/cv.pdf)\n\n# Joris de Wit\n\n## Education\n\n* 2012 M.Sc. in Hydrology, University of Utrecht\n");
    expect(named.basics?.name).toBe("Joris de Wit");
  });

  it("reads a paragraph a job under 'Academic Appointment', however long the names of department and school before its dates", async () => {
    const r = await readMarkdown(
      "### Academic Appointment\n\nLecturer in Quantitative Methods, School of Social and Political Sciences, University of Southampton Business School, June 2020 - Present\n\nResearch Fellow in Survey Statistics, Department of Social Statistics and Demography, University of Southampton, March 2017 - May 2020\n\nResearch Officer, Centre for Population Change, October 2014 - February 2017\n",
    );
    expect(jobs(r)).toEqual([
      ["School of Social and Political Sciences, University of Southampton Business School", "Lecturer in Quantitative Methods", "2020-06", undefined],
      ["Department of Social Statistics and Demography, University of Southampton", "Research Fellow in Survey Statistics", "2017-03", "2020-05"],
      ["Centre for Population Change", "Research Officer", "2014-10", "2017-02"],
    ]);
  });

  it("reads lines that each open with their year, soft-wrapped in one paragraph, as one entry each ('2000 — PhD in …, University of …')", async () => {
    const r = await readMarkdown("# Liisa Koskinen\n\n## Degrees\n\n2009 — PhD in Sociology, University of Tampere, *cum laude*.\n2003 — MA in Social Sciences, University of Turku.\n");
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.endDate])).toEqual([
      ["University of Tampere", "PhD", "2009"],
      ["University of Turku", "MA", "2003"],
    ]);
  });

  it("reads academic titles in sentence case before the department and school ('2004–06 — University lecturer, Department of …, University of …')", async () => {
    const r = await readMarkdown(
      "# Liisa Koskinen\n\n## Previous positions\n\n2012–14 — University lecturer, Faculty of Arts, University of Jyväskylä.\n\n2010–11 — Academic visitor, Department of History, University of Leeds.\n\n2009 — Rapporteur on Migration, Ministry of the Interior.\n",
    );
    expect((r.work ?? []).map((w) => [w.position, w.startDate, w.endDate])).toEqual([
      ["University lecturer", "2012", "2014"],
      ["Academic visitor", "2010", "2011"],
      ["Rapporteur on Migration", "2009", "2009"],
    ]);
    expect((r.work ?? []).every((w) => w.name && /^(?:Faculty|Department|Ministry)/.test(w.name))).toBe(true);
  });

  it("reads papers a paragraph each under headings naming their kind, the year a phrase between commas ('Curry, B.B. and Hodson, T.O., 2009, Title')", async () => {
    const papers = titles(
      await readMarkdown(
      "# Tom Hale\n\n## Publications\n\n### in prep\n\n<p><b>Hale, T.J.</b>, and Ruiz, M.A., in prep., Ice shelves and tides: a coupled model of basal\nmelt.</p>\n\n### maps and reports\n\n<p>Ruiz, M.A. and <b>Hale, T.J.</b>, 2015, Bedrock Geology of the Mill Creek Quadrangle, Oregon. State Geological Survey, two sheets.</p>\n<p><b>Hale, T.J.</b>, Ruiz, M.A., 2012, Sediment cores of Lake Vostok, Antarctica. Abstracts, Vol. 3.</p>\n\n### other publications\n",
      ),
    );
    expect(papers).toEqual([
      "Ice shelves and tides: a coupled model of basal melt",
      "Bedrock Geology of the Mill Creek Quadrangle, Oregon",
      "Sediment cores of Lake Vostok, Antarctica",
    ]);
  });

  it("reads the role set as the one item under a bulleted employer with its place and dates ('- Acme Logistics, Denver, CO, 2016 -- current' / '    - Software Engineer')", async () => {
    const r = await readMarkdown("# Ana Cruz\n\nProfessional Experience\n=======================\n\n- Acme Logistics, Denver, CO, 2016 -- current\n    - Software Engineer\n\n- Northfield College, Writing Center, 2012 -- 2015\n    - Undergraduate Tutor\n");
    expect(jobs(r)).toEqual([
      ["Acme Logistics", "Software Engineer", "2016", undefined],
      ["Northfield College, Writing Center", "Undergraduate Tutor", "2012", "2015"],
    ]);
  });

  it("reads an expected end written before its year inside the range ('### 2023 - Exp 2024', '2018 – Expected 2022')", async () => {
    for (const [range, start, end] of [["2023 - Exp 2024", "2023", "2024"], ["2018 – Expected 2022", "2018", "2022"]]) {
      const school = (await readMarkdown(`# Priya Nair\n\n## Education\n\n### ${range}\n**University:** University of Bath  \n**Degree:** Master of Science - Data Science\n`)).education?.[0];
      expect([school?.institution, school?.startDate, school?.endDate]).toEqual(["University of Bath", start, end]);
    }
  });
  it("reads a field written in lower case after 'in' up to the school that 'from' or 'at' introduces ('PhD in marine biology from the Lund University')", async () => {
    const r = await readMarkdown("# Ola Berg\n\n## Education\n\n* 2009-2013: PhD in marine biology from the [Lund University][LU]\n* 2006-2008: MSc in physics at Uppsala University\n\n[LU]: https://example.org/lu\n");
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.area])).toEqual([
      ["Lund University", "PhD", "marine biology"],
      ["Uppsala University", "MSc", "physics"],
    ]);
  });

  it("reads the roles an employer's list item holds as its own items, each with its dates ('* **Nordlicht GmbH** - Bremen' / '  - Data Engineer / March 2020 - Present')", async () => {
    const r = await readMarkdown("# Jonas Kraft\n\n## Professional Experience\n\n* **Nordlicht GmbH** - Bremen, Germany\n  - Senior Data Engineer / March 2022 - Present\n  - Data Engineer / January 2020 - February 2022\n\n* **Hafenwerk AG** - Hamburg, Germany\n  - Junior Analyst / May 2018 - December 2019\n");
    expect(jobs(r)).toEqual([
      ["Nordlicht GmbH", "Senior Data Engineer", "2022-03", undefined],
      ["Nordlicht GmbH", "Data Engineer", "2020-01", "2022-02"],
      ["Hafenwerk AG", "Junior Analyst", "2018-05", "2019-12"],
    ]);
  });

  it("reads a role item whose dates and town a line break sets under it, as MkDocs cards write them ('* __Analyst__ <br> Jun 2021 - Present • Pune')", async () => {
    const r = await readMarkdown('# Meera Joshi\n\n## Work Experience\n\n<div class="grid cards" markdown>\n\n-   __Tata Motors__\n    \n    * __Data Analyst__ <br> Jun 2021 - Present • Pune, India.\n\n    * __Analytics Intern__ <br> Jan 2021 - May 2021 • Pune, India.\n\n</div>\n');
    expect(jobs(r)).toEqual([
      ["Tata Motors", "Data Analyst", "2021-06", undefined],
      ["Tata Motors", "Analytics Intern", "2021-01", "2021-05"],
    ]);
  });

  it("keeps a dated item under an employer's item as what was done when it tells it in a sentence", async () => {
    const r = await readMarkdown("# Jonas Kraft\n\n## Experience\n\n* **Nordlicht GmbH** - Data Engineer, 2019 - 2022\n  - Moved the nightly batch jobs to a streaming pipeline in 2021, which cut the delay from hours to minutes.\n");
    expect(jobs(r)).toEqual([["Nordlicht GmbH", "Data Engineer", "2019", "2022"]]);
    expect(r.work?.[0]?.highlights).toHaveLength(1);
  });

  it("reads degrees an about page tells with the school first ('I graduated from Hillcrest University in 2012 with a B.A. in …') and a state university's campus after 'at'", async () => {
    const r = await readMarkdown("---\ntitle: About\n---\n\nI am a lecturer in statistics. I received my Ph.D. in Statistics from The University of Ohio at Dayton in 2018. I graduated from Hillcrest University in 2012 with a dual B.A. degree in Economics and Mathematics. I worked at Larkspur University for a while after my Ph.D. in Statistics was done.\n\nI have an MS in Geology from the University of Nevada - Las Vegas.\n");
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([
      ["The University of Ohio at Dayton", "Ph.D.", "Statistics", "2018"],
      ["Hillcrest University", "B.A.", "Economics and Mathematics", "2012"],
      ["University of Nevada - Las Vegas", "MS", "Geology", undefined],
    ]);
  });

  it("reads a dotted degree name whole ('M.A.Sc. degree in Systems Design Engineering')", async () => {
    const r = await readMarkdown("# About\n\nCurrently pursuing an M.A.Sc. degree in Civil Engineering at the University of Calgary.\n");
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.area])).toEqual([["University of Calgary", "M.A.Sc.", "Civil Engineering"]]);
  });

  it("reads a heading dated under it as a job of the experience section a level above, though a skills title at its level came between ('## Experience' / '### Skill Set' / '### Acme Labs')", async () => {
    const r = await readMarkdown("# Tomás Rivera\n\n## Experience\n\n### Skill Set\n\n* Languages: Ruby, Elixir\n\n### Acme Labs\n*(March 2019 - Present)*<br/>\n**Staff Engineer**\n\n  * Designed the billing service\n\n### Borealis Data\n*(July 2015 - February 2019)*<br/>\n**Backend Developer**\n\n### Talks\n* Keynote at RubyConf Lima (May 2018)\n\n### Education\n* Universidad de Lima *(2009–2014)*<br/>**Bachelor in Systems Engineering**\n");
    expect(jobs(r)).toEqual([
      ["Acme Labs", "Staff Engineer", "2019-03", undefined],
      ["Borealis Data", "Backend Developer", "2015-07", "2019-02"],
    ]);
    expect((r.skills ?? []).map((s) => s.name)).toEqual(["Languages"]);
    expect((r.sections ?? []).map((s) => s.title)).toEqual(["Talks"]);
  });

  it("reads headings dated in themselves as jobs of an empty experience section at their level ('# Experience' / '# Corvid Systems (May 2019 - Present)' / '## Platform Lead')", async () => {
    const r = await readMarkdown("I automate what I can.\n\n# Work Experience\n\n# Corvid Systems (May 2019 - Present)\n## Platform Lead\nMay 2019 - Present\n\n- Ran the build farm\n\n# Halden Networks (March 2012 - May 2019)\n## Network Manager\nFeb 2016 - May 2019\n\n- Led the NOC\n\n## Network Engineer\nMar 2012 - Feb 2016\n\n- Built VPNs\n\n# Education\n\n* BS Computer Science - Lakeshore University - May 2011\n");
    expect(jobs(r)).toEqual([
      ["Corvid Systems", "Platform Lead", "2019-05", undefined],
      ["Halden Networks", "Network Manager", "2016-02", "2019-05"],
      ["Halden Networks", "Network Engineer", "2012-03", "2016-02"],
    ]);
    expect((r.education ?? []).map((e) => e.institution)).toEqual(["Lakeshore University"]);
  });

  it("reads '**Accomplishments**' written under every job as a label of each job's bullets, not as a section or a job, and a line of the job's place and dates under its bold header ('*Austin, TX — Dec 2017-Present*')", async () => {
    const r = await readMarkdown("**OBJECTIVE**\n\nA senior role in software.\n\n**EXPERIENCE**\n\n**Lead Developer, Quarry Labs**\n\n*Austin, TX — Dec 2017-Present*\n\nI lead the web team.\n\n**Accomplishments**\n\n* Moved the build to CI\n\n* * *\n\n**Developer, Quarry Labs**\n\n*Austin, TX — 2014-2017*\n\n**Accomplishments**\n\n* Shipped the billing page\n\n* * *\n\n**Intern, Fernhill Media**\n\n*Dallas, TX — 2012-2014*\n\n**Accomplishments**\n\n* Fixed many bugs\n\n**EDUCATION**\n\nB.S. Computer Science, Lakeshore University, 2014\n");
    expect(jobs(r)).toEqual([
      ["Quarry Labs", "Lead Developer", "2017-12", undefined],
      ["Quarry Labs", "Developer", "2014", "2017"],
      ["Fernhill Media", "Intern", "2012", "2014"],
    ]);
    expect(r.work?.[0]?.location).toBe("Austin, TX");
    expect(r.awards ?? []).toEqual([]);
  });

  it("ends such a section at a section title dated as a whole ('# Publications (2015 - 2024)'), which is no job", async () => {
    const r = await readMarkdown("# Experience\n# Corvid Systems (2019 - Present)\n## Platform Lead\n- Ran the build farm\n\n# Publications (2015 - 2024)\n- A. Roe, B. Lind. Build farms at scale. OpsConf 2019.\n\n# Teaching (2016 - 2020)\n- Distributed Systems, TA\n");
    expect(jobs(r)).toEqual([["Corvid Systems", "Platform Lead", "2019", undefined]]);
  });

  it("reads a bold title written under every job as their bullets' title, and the same title alone after another section as a section", async () => {
    const r = await readMarkdown("Mara Quell\n\n**Experience**\n\n**Data Engineer, Harbor Freightways** (2020 - 2023)\n\n**Achievements**\n\n- Rebuilt the nightly ETL\n\n**Analyst, Orchard Bank** (2017 - 2020)\n\n**Achievements**\n\n- Wrote the risk dashboards\n\n**Education**\n\nBSc Statistics, Lakeshore University, 2017\n\n**Achievements**\n\n- Kaggle Competitions Expert, 2021\n");
    expect(jobs(r)).toEqual([
      ["Harbor Freightways", "Data Engineer", "2020", "2023"],
      ["Orchard Bank", "Analyst", "2017", "2020"],
    ]);
    expect(r.awards?.map((a) => a.title)).toEqual(["Kaggle Competitions Expert"]);
  });

  it("reads a duties title right under a job's bold header ('**Responsibilities**', '**Missions**') as the title of its bullets, not as where the job was", async () => {
    const r = await readMarkdown("Mara Quell\n\n**Experience**\n\n**Data Engineer, Harbor Freightways** (2020 - 2023)\n\n**Responsibilities**\n\n- Rebuilt the nightly ETL\n\n**Analyst, Orchard Bank** (2017 - 2020)\n\n**Missions**\n\n- Wrote the risk dashboards\n\n**Education**\n\nBSc Statistics, Lakeshore University, 2017\n");
    expect(jobs(r)).toEqual([
      ["Harbor Freightways", "Data Engineer", "2020", "2023"],
      ["Orchard Bank", "Analyst", "2017", "2020"],
    ]);
    expect(r.work?.map((w) => w.location)).toEqual([undefined, undefined]);
  });

  it("reads a role with its team after a dash under an employer's dated heading as the whole position ('### Lumen (Telecom) *Nov. 2021 - Present*' / '#### Senior Engineer - Call Routing')", async () => {
    const r = await readMarkdown("# Dana Ilves\n\n## Experience\n\n### Lumen (Telecom) *Nov. 2021 - Present*\n#### Senior Software Engineer - Call Routing\n- Cut the deploy time\n\n### Orchard Goods *May 2019 - Sep 2021*\n#### Software Engineer\n- Built the shop\n");
    expect(jobs(r).map(([, position]) => position)).toEqual(["Senior Software Engineer - Call Routing", "Software Engineer"]);
  });

  it("reads items that each open with their dates as jobs though a sub-heading of other matters follows them ('- _Jun - Aug 2024_ | Intern @ **Acme**' / '### Tools I like')", async () => {
    const r = await readMarkdown("## About Me\n\nI like building tools.\n\n## Work Experience\n- _Jun - Aug 2024_ | Software Engineer Intern @ **[Harbor Bank](https://example.org)**\n- _Jan - Apr 2024_ | Data Trainer & Technical Interviewer @ **Lumen AI**\n- _Sep - Dec 2023_ | Research Assistant @ **Westfield College**\n\n### Tools I Like\n- **Python** - for quick experiments\n- **Go** - for services\n");
    expect(jobs(r).slice(0, 3)).toEqual([
      ["Harbor Bank", "Software Engineer Intern", "2024-06", "2024-08"],
      ["Lumen AI", "Data Trainer & Technical Interviewer", "2024-01", "2024-04"],
      ["Westfield College", "Research Assistant", "2023-09", "2023-12"],
    ]);
  });

  it("reads a state's code after a school's town as a place, not a degree ('**Tufts University** (Medford, MA)', 'Harvard University, Cambridge, MA, 2010')", async () => {
    const r = await readMarkdown("# Dana Wells\n\n## Education\n\n- **Westbrook University** (Medford, MA), 2015 - 2019\n- Harvard University, Cambridge, MA, 2013\n- Colby College, Waterville, ME, 2011\n");
    expect((r.education ?? []).map((e) => [e.institution, e.studyType])).toEqual([
      ["Westbrook University", undefined],
      ["Harvard University", undefined],
      ["Colby College", undefined],
    ]);
  });

  it("keeps the town a German or Dutch school's name ends with ('Technische Universität Darmstadt, Germany', 'Universiteit Leiden, Netherlands')", async () => {
    const r = await readMarkdown("# Lea Brandt\n\n## Education\n- M.S. Physics | Universität Heidelberg, Germany (_May 2019_)\n- B.S. Physics | Technische Universität Darmstadt, Germany (_August 2016_)\n- Exchange | Universiteit Leiden, Netherlands (_2015_)\n");
    expect((r.education ?? []).map((e) => [e.institution, e.location])).toEqual([
      ["Universität Heidelberg", "Germany"],
      ["Technische Universität Darmstadt", "Germany"],
      ["Universiteit Leiden", "Netherlands"],
    ]);
  });

  it("reads a range left open before the colon that opens the role ('February 2019--: **Systems Administrator**')", async () => {
    const r = await readMarkdown("# Rosa Lind\n\n# Professional experience\n## [Kestrel Labs][k]\nFebruary 2019--: **Systems Administrator**\n\n## Harbor Museum\nMay--August 2018: **Engineering Intern**\n\n[k]: https://example.org\n");
    expect(jobs(r)).toEqual([
      ["Kestrel Labs", "Systems Administrator", "2019-02", undefined],
      ["Harbor Museum", "Engineering Intern", "2018-05", "2018-08"],
    ]);
  });

  it("reads a profile README's 'Selected work' as its projects, not jobs", async () => {
    const r = await readMarkdown("# Ines Costa\n\n## Selected work\n\n| | What it is | Result |\n|---|---|---|\n| **[Tidepool](https://example.org/tidepool)** | A sensor dashboard for marine labs | 40 labs |\n| **[Ledgerly](https://example.org/ledgerly)** | A small double-entry ledger | 1.2k stars |\n\n## Experience\n\n**Backend Engineer** · Corvo Labs · *May 2023 — present*\n");
    expect((r.projects ?? []).map((p) => p.name)).toEqual(["Tidepool", "Ledgerly"]);
    expect(jobs(r)).toEqual([["Corvo Labs", "Backend Engineer", "2023-05", undefined]]);
  });

  it("reads the name from a heading further down that holds only links, where the top names no one ('## jdoe42' … '# Jane Doe' over '[LinkedIn](…) | [GitHub](…)')", async () => {
    const r = await readMarkdown("## quietbyte\n\n- coffee first\n- ex-Initech\n\n<details>\n<summary><b>Full Resume</b></summary>\n\n# Marek Novak\n\n[LinkedIn](https://linkedin.com/in/mareknovak)  |  [GitHub](https://github.com/quietbyte)\n\n---\n\n## Experience\n\n### Initech - Austin, TX\n**Release Engineer**\n*2015 – 2023*\n\n</details>\n");
    expect(r.basics?.name).toBe("Marek Novak");
    expect(jobs(r)).toEqual([["Initech", "Release Engineer", "2015", "2023"]]);
    expect((r.sections ?? []).map((s) => s.title)).not.toContain("Marek Novak");
  });
});

describe("a profile README titled with a hello alone", () => {
  it("takes the hello for no headline", async () => {
    const r = await readMarkdown(['<div align="center">', "  <h1>", "    hey there", '    <img src="https://media.example.com/wave.gif" width="30px"/>', "  </h1>", "</div>", "", "### About Me", "", "- Backend engineer who likes queues.", ""].join("\n"));
    expect(r.basics?.label).toBeUndefined();
    expect(r.basics?.name).toBeUndefined();
  });
});

describe("a profile README that writes its icons as GitHub's emoji shortcodes", () => {
  it("reads ':hammer_and_wrench: Languages and Tools' as the skills section it titles", async () => {
    const r = await readMarkdown(["### :man_technologist: About Me", "", "- :telescope: Data engineer who likes queues.", "", "### :hammer_and_wrench: Languages and Tools", "", "Scala · Kafka · Airflow", ""].join("\n"));
    expect((r.skills ?? []).map((s) => s.name)).toEqual(["Scala", "Kafka", "Airflow"]);
    expect(r.basics?.summary).toContain("\u{1F52D} Data engineer who likes queues.");
  });

  it("keeps a name GitHub gives no emoji as written", async () => {
    const r = await readMarkdown(["# Ada Quill", "", "Ask me about :not_an_emoji_name: anytime.", ""].join("\n"));
    expect(JSON.stringify(r)).toContain("Ask me about :not_an_emoji_name: anytime.");
  });
});

describe("a profile README whose skill badges have no alt text", () => {
  it("reads each shields.io badge by the words it shows, its message", async () => {
    const r = await readMarkdown(
      [
        "### Tech Stack",
        "",
        "![](https://img.shields.io/badge/Code-Elixir-informational?style=flat&logo=elixir&color=2bbc8a)",
        "![](https://img.shields.io/badge/Tools-Ansible-informational?style=flat&logo=ansible&color=2bbc8a)",
        '<img src="https://img.shields.io/badge/Ruby_on_Rails-CC0000?style=for-the-badge&logo=rubyonrails" />',
        '<img src="https://img.shields.io/badge/-Node--RED-8F0000?style=flat-square" />',
        "",
      ].join("\n"),
    );
    expect((r.skills ?? []).map((s) => s.name)).toEqual(["Elixir", "Ansible", "Ruby on Rails", "Node-RED"]);
  });
});

describe("an about page's one table holding the jobs and the studies under bold rows that title them", () => {
  it("reads the rows under '**Work Experience**' as jobs and those under '**Education**' as studies", async () => {
    const r = await readMarkdown(
      [
        "My name is **Rocco Ferri** and I am a *software engineer* from **Italy**.",
        "",
        "||||",
        "|--|--|--|",
        "|**Work Experience**|||",
        "|[Voltaris](https://www.voltaris.example/)|Software Engineer|Jan 2023 - Current|",
        "|**Education**|||",
        "|[Politecnico di Varenna](https://www.polivarenna.example/)|Master's Degree in Computer Engineering|2019 - 2021|",
        "",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([["Voltaris", "Software Engineer", "2023-01", undefined]]);
    expect((r.education ?? []).map((e) => [e.institution, e.area, e.endDate])).toEqual([["Politecnico di Varenna", "Computer Engineering", "2021"]]);
  });
});

describe("a profile page with code fenced in a programming or diagram language", () => {
  const text = [
    "# Ravi Menon",
    "",
    "## Experience",
    "",
    "### Platform Engineer - Corvid Labs, Jan 2021 - Present",
    "",
    "- Ran the build farm",
    "",
    "```mermaid",
    "gantt",
    "    title Career",
    "    Platform Engineer (Corvid Labs) :2021-01, 2024-06",
    "    Intern (Halyard) :2019-05, 2019-08",
    "```",
    "",
    "## Skills",
    "",
    "```python",
    "def rating():",
    "    return 4.5 / 5",
    "```",
    "",
    "```text",
    "Go, Rust, SQL",
    "```",
  ].join("\n");

  it("reads no job from the lines of a diagram's code", async () => {
    expect(jobs(await readMarkdown(text))).toEqual([["Corvid Labs", "Platform Engineer", "2021-01", undefined]]);
  });

  it("reads no skill from a program's lines, and still reads a plain fence's words", async () => {
    expect((await readMarkdown(text)).skills?.map((s) => s.name)).toEqual(["Go", "Rust", "SQL"]);
  });
});

describe("a table of jobs whose header names the employers' column, under a sub-heading of its own", () => {
  it("reads each row's employer from its Company cell, not the sub-heading or the header's last column", async () => {
    const r = await readMarkdown(
      "# Jane Roe\n\n## Prior Employment\n\n### Design Engineer – Kestrel Systems\n\n**Oslo, Norway / Remote** | Aug 2019 – Sep 2020\n\n* Firmware for toll units\n\n### Other Employment\n\n| Company | Role | Period | Technologies |\n|---|---|---|---|\n| Brightwater GmbH | Embedded Developer | Sep 2020–Mar 2021 | C, CMake |\n| Lumatec | IoT Engineer | May 2018–Jul 2019 | C++17, MQTT |\n| NOVA-COM | Radio Specialist | Jun 2015–Nov 2016 | — |\n",
    );
    expect(jobs(r)).toEqual([
      ["Kestrel Systems", "Design Engineer", "2019-08", "2020-09"],
      ["Brightwater GmbH", "Embedded Developer", "2020-09", "2021-03"],
      ["Lumatec", "IoT Engineer", "2018-05", "2019-07"],
      ["NOVA-COM", "Radio Specialist", "2015-06", "2016-11"],
    ]);
  });
});

describe("a job's heading of employer, town and country over its role in italics", () => {
  it("keeps the terms in a role's brackets whole ('(Part - time)') and a town of two words whole ('New Delhi')", async () => {
    const r = await readMarkdown(
      "# Jane Roe\n\n## 💼 My Work Experience\n\n### Harbor Fund, New York, USA\n_Data Strategy Consultant (Part - time)_  \n- Overhauled SQL pipelines.\n\n### PlotX, New Delhi, India\n_Lead Product Analyst_\n- Built a data platform.\n",
    );
    expect((r.work ?? []).map((w) => [w.name, w.position, w.location])).toEqual([
      ["Harbor Fund", "Data Strategy Consultant (Part - time)", "New York, USA"],
      ["PlotX", "Lead Product Analyst", "New Delhi, India"],
    ]);
  });
});

describe("a job's dates set in emphasis at the start of a long line under its heading", () => {
  it("dates the job from the emphasised run and keeps what follows as its text", async () => {
    const r = await readMarkdown(
      "# Jane Roe\n\n## Experience\n\n### Research Associate — Vision Lab, Northfield University\n*Nov 2025 – present* (graduate researcher from Nov 2025; research associate after the M.S.). Advisor: Nathan Jacobs.\n\n- Built a location encoder.\n\n### Systems Engineer — Uhnder, Inc., Austin, TX\n*Jan 2022 – Feb 2025* · automotive radar\n\n- Wrote a modeling tool.\n",
    );
    expect(jobs(r)).toEqual([
      ["Vision Lab, Northfield University", "Research Associate", "2025-11", undefined],
      ["Uhnder, Inc.", "Systems Engineer", "2022-01", "2025-02"],
    ]);
    expect(r.work?.[0]?.summary).toContain("graduate researcher from Nov 2025");
  });
});

describe("jobs headed 'Employer - Role', one of them with a third phrase after its role", () => {
  it("reads the first phrase as the employer and keeps the third with the role it qualifies", async () => {
    const r = await readMarkdown(
      "# Jane Roe\n\n## Past Experience\n\n### Northwind - Senior Engineer\n> Oslo, Norway\n> August 2016 - Current\n\n### Kestrel - Data Engineer\n> Madrid, Spain\n> January 2015 - June 2016\n\n### Bluebird IT -  Operational DBA - Professional Services\n> Lyon, France\n> September 2011 - February 2014\n\n### Tallis - SysAdmin Linux - EA\n> Porto, Portugal\n> February 2009 -  July 2009\n",
    );
    expect((r.work ?? []).map((w) => [w.name, w.position])).toEqual([
      ["Northwind", "Senior Engineer"],
      ["Kestrel", "Data Engineer"],
      ["Bluebird IT", "Operational DBA - Professional Services"],
      ["Tallis", "SysAdmin Linux - EA"],
    ]);
  });
});

describe("a list of clients, each with where it is, in a section of its own", () => {
  it("takes none of the list's places or addresses for the owner's", async () => {
    const r = await readMarkdown(
      "## Summary\n\nI work with databases.\n\n## Customers History\n\nAs a consultant, I served these companies:\n\n- Quillon (USA)\n- Eloquent Labs (USA)\n- Pic-pic (USA)\n- NORDATA.net (Madrid)\n",
    );
    expect(r.basics?.location).toBeUndefined();
    expect(r.basics?.url).toBeUndefined();
    expect(r.basics?.name).toBeUndefined();
    expect(r.sections?.map((s) => s.title)).toEqual(["Customers History"]);
  });
});

describe("a contact line whose icons, drawn as pictures, leave only spaces between the contacts (a Word file converted to Markdown)", () => {
  it("reads the e-mail address and the phone number apart", async () => {
    const r = await readMarkdown(
      "Lena Okafor\n\nLeeds, United Kingdom\n\n![](icon.001.png) lena.okafor@example.org ![](icon.002.png) 07700900123 ![](icon.003.png) [linkedin.com/in/lenaokafor](https://www.linkedin.com/in/lenaokafor)\n\n**Summary**\n\nI am a final-year engineering student.\n",
    );
    expect(r.basics?.email).toBe("lena.okafor@example.org");
    expect(r.basics?.phone).toBe("07700900123");
  });

  it("keeps what an address is for, in brackets after it, with the address", async () => {
    const r = await readMarkdown("# Lena Okafor\n\nlena.okafor@example.org (Home) · +44 7700 900123 (Mobile)\n\n## Summary\n\nI am a final-year engineering student.\n");
    expect(r.basics?.email).toBe("lena.okafor@example.org");
    expect(r.basics?.phone).toBe("+44 7700 900123");
    expect(r.sections ?? []).toEqual([]);
  });
});

describe("a job's employer under its heading, with where it was after a bar (the markdown-resume stylesheet's '<location>' line)", () => {
  it("reads the name before the bar as the employer and the town, region and country after it as the place", async () => {
    const r = await readMarkdown("# Lena Okafor\n\n## Experience\n\n### Data Engineer <time> Mar 2022 – Present </time>\n\n<location> Brightwater Labs | Dayton, OH, USA </location>\n\n- Built the billing pipeline.\n");
    expect(jobs(r)).toEqual([["Brightwater Labs", "Data Engineer", "2022-03", undefined]]);
    expect(r.work?.[0]?.location).toBe("Dayton, OH, USA");
  });
});

describe("a label set in bold with no colon inside a job's paragraph ('**Technical Environment** Java, Tomcat.')", () => {
  it("keeps the line in its job instead of opening an entry with it", async () => {
    const r = await readMarkdown(
      "# Lena Okafor\n\n### Experience\n\n**Brightwater Labs** *Senior Developer* __2012 to present__\n\tBuilt the billing service.\n\t**Technical Environment** Java, Spring, Tomcat.\n\n**Harbour Bank** *Test Analyst* __2008 to 2012__\n\tAutomated the regression suite.\n\t**Technical Environment** VB, QTP.\n",
    );
    expect(jobs(r)).toEqual([
      ["Brightwater Labs", "Senior Developer", "2012", undefined],
      ["Harbour Bank", "Test Analyst", "2008", "2012"],
    ]);
  });
});

describe("the clinical work of a nurse or a technician", () => {
  it("reads a 'Clinical Experience' section as work", async () => {
    const r = await readMarkdown("# Lena Okafor\n\n## Clinical Experience\n\n### Staff Nurse\n\n**St Brigid Hospital** | 2019–Present\n\n- Cared for twelve patients a shift on the surgical ward.\n");
    expect(jobs(r)).toEqual([["St Brigid Hospital", "Staff Nurse", "2019", undefined]]);
  });

  it("takes no residency written in the contact line for the person's title", async () => {
    const r = await readMarkdown("# Maria Lind\n\nPermanent Resident · Toronto, ON · maria.lind@example.com · 416-555-0199\n\n## Experience\n\n### Staff Nurse\n\n**St Brigid Hospital** | 2019–Present\n");
    expect(r.basics?.label).toBeUndefined();
  });
});

describe("a section's one entry written as a paragraph of bold lines, dated at its end", () => {
  it("reads the school over the degree and its dates as one education entry ('**School**' / '**Degree** - **dates**')", async () => {
    const r = await readMarkdown("# Lena Okafor\n\n## Education\n\n**Brightwater Institute of Technology**  \n**Bachelor of Engineering in Civil Engineering** - **Sept 2016 – July 2020**  \nCGPA: **8.1 / 10**\n");
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.startDate, e.endDate])).toEqual([["Brightwater Institute of Technology", "Bachelor of Engineering", "2016-09", "2020-07"]]);
  });

  it("reads the role over the employer, the dates in italics under them, as one job", async () => {
    const r = await readMarkdown(
      "# Lena Okafor\n\n## Research Experience\n\n**Research Assistant** <br />\n**Tidal Systems Group, Brightwater University - Dayton, OH** <br />\n_May 2021 to December 2022_\n\n- Measured the harbour's currents.\n",
    );
    expect(jobs(r)).toEqual([["Tidal Systems Group, Brightwater University", "Research Assistant", "2021-05", "2022-12"]]);
  });

  it("leaves a list of bold names of one kind, or of bold lines each dated, one item a line", async () => {
    const r = await readMarkdown(
      [
        "# Lena Okafor",
        "",
        "## Experience",
        "",
        "**Analyst, Harbor Bank** 2016 – 2018",
        "**Intern, Harbor Bank** 2015",
        "",
        "## Certifications",
        "",
        "**Certified Scrum Master**",
        "**Cloud Practitioner** 2023",
        "",
        "## Awards",
        "",
        "**Gold Medal, National Physics Olympiad** 2014",
        "**Silver Medal, Regional Maths Olympiad** 2013",
        "",
        "**Dean's List** 2016",
        "**Best Capstone Project** 2017",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Harbor Bank", "Analyst", "2016", "2018"],
      ["Harbor Bank", "Intern", "2015", "2015"],
    ]);
    expect(r.certificates?.map((c) => c.name)).toEqual(["Certified Scrum Master", "Cloud Practitioner"]);
    expect(r.awards?.map((a) => [a.title, a.date])).toEqual([
      ["Gold Medal, National Physics Olympiad", "2014"],
      ["Silver Medal, Regional Maths Olympiad", "2013"],
      ["Dean's List", "2016"],
      ["Best Capstone Project", "2017"],
    ]);
  });
});
