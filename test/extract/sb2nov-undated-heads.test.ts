import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

/**
 * sb2nov's résumé as pdftotext writes it (default mode): each entry an item of an outer list ("•", U+0088 in a
 * font without a ToUnicode map), what was done items of an inner one ("◦"). The projects carry no dates, only the
 * tools at the right margin, which pdftotext sets under the name or after the project's first item.
 */
const CV = `Ines Marlowe
https://inesmarlowe.dev

Email : ines@marlowe.example
Mobile : +44 7700 900123

Education
\u0088 Northfield University

Leeds, UK

Bachelor of Science in Computer Science; GPA: 3.8

Sep. 2015 – Jun. 2019

Experience
\u0088 Quayside Logistics

Hull, UK

Backend Intern
Jun. – Aug. 2018
◦ Moved the depot scheduler to a message queue
◦ Wrote load tests for the tracking service

\u0088 Brightwater Labs

York, UK

Research Assistant
Jan. – May 2019
◦ Labelled sensor data for a flood model

Projects
\u0088 TIDE CHART PLANNER
◦ A planner for sailing trips built on open tide data

Flask, Postgres

◦ Added alerts for low water
◦ Deployed on a small cloud host

\u0088 PARCEL ROUTER
Go, Redis
◦ Routes parcels between depots with a greedy heuristic
◦ Wrote a simulator for rush hours

\u0088 GARDEN LOG
◦ Tracks what was planted where

Kotlin, SQLite

◦ Syncs between phones

\f`;

describe("sb2nov's undated heads", () => {
  it("a bulleted head with no dates, in a layout whose dated heads are bulleted alike, names its project; the tools pdftotext set under it or after its first item are its keywords", async () => {
    const r = await readText(CV);
    expect(r.projects?.map((p) => [p.name, p.keywords, p.highlights?.length])).toEqual([
      ["TIDE CHART PLANNER", ["Flask", "Postgres"], 3],
      ["PARCEL ROUTER", ["Go", "Redis"], 2],
      ["GARDEN LOG", ["Kotlin", "SQLite"], 2],
    ]);
    expect(r.work?.map((w) => [w.name, w.position])).toEqual([
      ["Quayside Logistics", "Backend Intern"],
      ["Brightwater Labs", "Research Assistant"],
    ]);
    expect(r.sections ?? []).toEqual([]);
  });

  it("a 'MOOCs' heading opens a section of its own: its courses are no awards of the section above", async () => {
    const r = await readText(`Ines Marlowe

Awards & Honors
• Won the city hackathon
• Dean's list

MOOCs
• Coursera: Algorithms, Part I
• edX: Databases
`);
    expect(r.awards?.map((a) => a.title)).toEqual(["Won the city hackathon", "Dean's list"]);
    expect(r.sections?.map((s) => s.title)).toEqual(["MOOCs"]);
  });
});
