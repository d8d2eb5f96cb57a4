import { describe, expect, it } from "vitest";
import { htmlRenderer } from "../../src/render/render-html.js";
import { latexRenderer } from "../../src/render/render-latex.js";
import { loadTheme } from "../../src/render/theme.js";
import type { Resume } from "../../src/resume/schema.js";

// Every text field the schema stores, each holding one word found nowhere else.
const everyField: Resume = {
  basics: { name: "Wname", label: "Wlabel", email: "wemail@example.org", phone: "+1 555 0100", summary: "Wbasicsummary", location: { address: "Waddress", city: "Wcity", region: "Wregion", postalCode: "Wpostal" }, altNames: [{ name: "Waltname" }],
    url: "https://example.org/wsite", profiles: [{ network: "GitHub", url: "https://github.com/wuser", label: "Wprofilelabel" }],
    labels: { email: "Wemaillabel", phone: "Wphonelabel", url: "Wurllabel", location: "Wlocationlabel" },
    otherContacts: [{ kind: "email", value: "Wotheremail@example.org", label: "Wotheremaillabel" }, { kind: "phone", value: "+1 555 0199", label: "Wfaxlabel" }] },
  work: [{ name: "Wworkname", position: "Wposition", location: "Wworkloc", period: "Wworkperiod", organizationPeriod: "Wworkorgperiod", summary: "Wworksummary", description: "Wworkdescription", highlights: ["Wworkhighlight"], keywords: ["Wworkkeyword"] }],
  volunteer: [{ organization: "Wvolorg", position: "Wvolposition", organizationPeriod: "Wvolorgperiod", location: "Wvolloc", summary: "Wvolsummary", highlights: ["Wvolhighlight"], keywords: ["Wvolkeyword"] }],
  education: [{ institution: "Weduinst", area: "Wedarea", studyType: "Wedtype", score: "Wedscore", courses: ["Wedcourse"], summary: "Wedsummary", location: "Wedloc", highlights: ["Wedhighlight"], keywords: ["Wedkeyword"] },
    { institution: "Weduinsttwo", studyType: "Wdegreetype", area: "Wdegreearea", degree: "Wdegreetype de Wdegreearea" }],
  awards: [{ title: "Wawardtitle", awarder: "Wawarder", summary: "Wawardsummary", highlights: ["Wawardhighlight"], location: "Wawardloc", keywords: ["Wawardkeyword"] }],
  certificates: [{ name: "Wcertname", issuer: "Wcertissuer", summary: "Wcertsummary", highlights: ["Wcerthighlight"], location: "Wcertloc", keywords: ["Wcertkeyword"] }],
  publications: [{ name: "Wpubname", publisher: "Wpublisher", summary: "Wpubsummary", authors: ["Wpubauthor"], venue: "Wpubvenue", status: "Wpubstatus", highlights: ["Wpubhighlight"], keywords: ["Wpubkeyword"] }],
  skills: [{ name: "Wskillname", level: "Wskilllevel", keywords: ["Wskillkeyword"] }],
  languages: [{ language: "Wlanguage", fluency: "Wfluency" }],
  interests: [{ name: "Winterest", keywords: ["Winterestkeyword"] }],
  references: [{ name: "Wrefname", reference: "Wreference" }],
  projects: [{ name: "Wprojname", description: "Wprojdescription", highlights: ["Wprojhighlight"], roles: ["Wprojrole"], entity: "Wprojentity", type: "Wprojtype", location: "Wprojloc", keywords: ["Wprojkeyword"] }],
  meta: { title: "Wdocumenttitle" },
  sections: [{ id: "talks", title: "Wtalks", kind: "talks", items: [{ title: "Wtalktitle", subtitle: "Wtalksubtitle", summary: "Wtalksummary", location: "Wtalkloc", period: "Wtalkperiod", highlights: ["Wtalkhighlight"], keywords: ["Wtalkkeyword"] }] }],
};

function storedWords(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(...(value.match(/\bW[a-z]+\b/g) ?? []));
  else if (Array.isArray(value)) for (const v of value) storedWords(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) storedWords(v, out);
  return out;
}

describe("printing everything a résumé stores", () => {
  const words = storedWords(everyField);
  for (const theme of ["classic", "modern", "academic"]) {
    it(`prints every stored text field in the ${theme} theme's HTML`, () => {
      const html = htmlRenderer(loadTheme(theme))(everyField);
      expect(words.filter((w) => !html.includes(w))).toEqual([]);
    });
  }
  for (const theme of ["classic", "plain"]) {
    it(`prints a work entry's description, the document's title and the contacts' labels in the ${theme} theme's LaTeX`, () => {
      const tex = latexRenderer(loadTheme(theme))(everyField);
      for (const word of ["Wworkdescription", "Wworkorgperiod", "Wdocumenttitle", "Wemaillabel", "Wlocationlabel", "Wprofilelabel", "Wotheremail", "Wfaxlabel"]) expect(tex).toContain(word);
      expect(tex).toContain("+1 555 0199");
    });
  }
  const roles: Resume = {
    work: [
      { name: "Upwork", position: "Program Manager", startDate: "2021-01", organizationPeriod: "Dec 2017 – Present", location: "Remote" },
      { name: "Upwork", position: "Associate Program Manager", startDate: "2020-01", endDate: "2020-12", organizationPeriod: "Dec 2017 – Present", location: "Remote" },
      { name: "Initech", position: "Sales Rep", startDate: "2012", endDate: "2014" },
    ],
  };
  it("prints a degree as the source joined it to its field, not as studyType 'in' area", () => {
    const html = htmlRenderer(loadTheme("classic"))({ education: [{ institution: "Universidad Católica", studyType: "Ingeniero", area: "Sistemas", degree: "Ingeniero de Sistemas" }, { institution: "MIT", studyType: "B.S.", area: "Physics" }] });
    expect(html).toContain("Ingeniero de Sistemas");
    expect(html).not.toContain("Ingeniero in Sistemas");
    expect(html).toContain("B.S. in Physics");
  });

  it("keeps an organisation the source names again for each role with each role", () => {
    const html = htmlRenderer(loadTheme("classic"))({ work: [{ name: "Google", position: "Senior Engineer", startDate: "2020" }, { name: "Google", position: "Engineer", startDate: "2018", endDate: "2020" }] });
    expect(html.match(/>Google</g)).toHaveLength(2);
  });

  for (const theme of ["classic", "modern", "academic"]) {
    it(`names an organisation once over the roles held there, with its own dates and shared place, in the ${theme} theme's HTML`, () => {
      const html = htmlRenderer(loadTheme(theme))(roles);
      expect(html.match(/Upwork/g)).toHaveLength(1);
      expect(html.match(/Remote/g)).toHaveLength(1);
      expect(html).toMatch(/Dec[^]{1,8}2017[^]*Program Manager[^]*Associate Program Manager[^]*Initech/);
      expect(html).toMatch(/entry-group[^]*Upwork[^]*Program Manager/);
      expect(html.match(/class="entry entry-in-group/g)).toHaveLength(2);
    });
  }
  for (const theme of ["classic", "plain"]) {
    it(`names an organisation once over the roles held there in the ${theme} theme's LaTeX`, () => {
      const tex = latexRenderer(loadTheme(theme))(roles);
      expect(tex.match(/Upwork/g)).toHaveLength(1);
      expect(tex).toMatch(/Upwork[^]*Dec[^]{1,8}2017[^]*Program Manager[^]*Associate Program Manager[^]*Initech/);
    });
  }

  it("prints a grade as written when it says what it counts, under the theme's name for a grade when it is a value alone", () => {
    const html = htmlRenderer(loadTheme("classic"))({ education: [{ institution: "VIT", score: "8.7 CGPA" }, { institution: "DPS", score: "92.4%" }, { institution: "MIT", score: "3.9/4.0" }] });
    expect(html).toContain("8.7 CGPA");
    expect(html).not.toContain("GPA 8.7");
    expect(html).not.toContain("GPA 92.4%");
    expect(html).toContain("GPA 3.9/4.0");
  });

  it("prints over the name only what the document's title says beyond the name", () => {
    const render = htmlRenderer(loadTheme("classic"));
    const caption = (title: string) => /<p class="cv-title">([^<]*)<\/p>/.exec(render({ ...everyField, meta: { title } }))?.[1];
    expect(caption("Wname – Curriculum Vitae")).toBe("Curriculum Vitae");
    expect(caption("Lebenslauf")).toBe("Lebenslauf");
    expect(caption("Wname")).toBeUndefined();
  });
});
