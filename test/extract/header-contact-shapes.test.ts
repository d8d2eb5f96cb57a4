import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("a header's place and contacts in the shapes academic and HTML-styled CVs give them", () => {
  it("reads the town and country after the school an academic names under their name", async () => {
    const resume = await readMarkdown(["# Jane Roe", "", "Quillmark University, Leeds, UK", "jane.roe@example.org", "", "## Education", "", "**PhD in Physics** (2015–2019)", "Quillmark University", ""].join("\n"));
    expect(resume.basics?.location).toMatchObject({ city: "Leeds", countryCode: "GB" });
  });

  it("passes over a department and its school before the town", async () => {
    const resume = await readMarkdown(["# Jane Roe", "", "Department of Physics, Quillmark University, Bristol, UK", "", "## Education", "", "**PhD in Physics** (2015–2019)", "Quillmark University", ""].join("\n"));
    expect(resume.basics?.location).toMatchObject({ city: "Bristol", countryCode: "GB" });
  });

  it("sets a place and a phone apart at a spaced hyphen", async () => {
    const resume = await readMarkdown(["# Jane Roe", "", "Portland, OR - (503) 555-0143", "", "jane@example.org - github.com/janeroe", "", "## Experience", "", "**Engineer**, Brightwave Media, 2019 - 2021", ""].join("\n"));
    expect(resume.basics?.phone).toBe("(503) 555-0143");
    expect(resume.basics?.location).toMatchObject({ city: "Portland", region: "OR" });
  });

  it("keeps a name and a headline joined by a spaced hyphen as they were", async () => {
    const resume = await readMarkdown(["# Jane Roe - Data Engineer", "", "jane@example.org", "", "## Experience", "", "**Engineer**, Brightwave Media, 2019 - 2021", ""].join("\n"));
    expect(resume.basics?.name).toBe("Jane Roe");
  });
});

describe("an about page whose welcome comes before its author's name", () => {
  it("reads the name from 'My name is' in a later sentence of the first paragraph", async () => {
    const resume = await readMarkdown(["# About", "", "Hello and thank you for visiting my page! My name is Tarin Okafor, I live in Lagos and write software.", "", "I like distributed systems.", ""].join("\n"));
    expect(resume.basics?.name).toBe("Tarin Okafor");
  });

  it("does not take a capitalised word after 'I am' in a later sentence for a name", async () => {
    const resume = await readMarkdown(["# About", "", "Welcome to my page. I am Currently studying at a university.", ""].join("\n"));
    expect(resume.basics?.name).toBeUndefined();
  });
});
