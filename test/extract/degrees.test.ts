import { describe, expect, it } from "vitest";
import { parseDegree } from "../../src/extract/degrees.js";

describe("a field of study written in lower case after 'in'", () => {
  it("reads a discipline's name as the field", () => {
    expect(parseDegree("BS in mechanical engineering")?.area).toBe("mechanical engineering");
  });

  it("reads no field from words that say how the degree is taken", () => {
    expect(parseDegree("PhD in preparation")?.area).toBeUndefined();
    expect(parseDegree("MSc in cooperation with Globex Research")?.area).toBeUndefined();
    expect(parseDegree("BSc in collaboration with the Faculty of Law")?.area).toBeUndefined();
  });

  it("leaves out the words that introduce the field", () => {
    expect(parseDegree("Master's degree in the field of computer science")?.area).toBe("computer science");
    expect(parseDegree("Bachelor in de toegepaste informatica")?.area).toBe("toegepaste informatica");
  });
});

describe("two degrees joined before the field they share", () => {
  it("reads both as the degree and the field after the second as theirs", () => {
    expect(parseDegree("B.S. and M.S. in Computer Science (GPA: 3.9/4)")).toMatchObject({ studyType: "B.S. and M.S.", area: "Computer Science" });
    expect(parseDegree("BS/MS in Electrical Engineering")).toMatchObject({ studyType: "BS/MS", area: "Electrical Engineering" });
    expect(parseDegree("Bachelor of Science and Master of Science in Physics")).toMatchObject({ studyType: "Bachelor of Science and Master of Science", area: "Physics" });
  });

  it("does not join a degree studied for to the one held before it", () => {
    expect(parseDegree("M.A. and Ph.D. candidate in History")?.studyType).toBe("M.A.");
    expect(parseDegree("B.S. and M.S. (ongoing) in Physics")?.studyType).toBe("B.S.");
  });

  it("keeps a field joined by 'and' the field's", () => {
    expect(parseDegree("B.S. Computer Science and Mathematics")).toMatchObject({ studyType: "B.S.", area: "Computer Science and Mathematics" });
  });

  it("reads the field after a degree known only by its short form in brackets after the programme's name", () => {
    const text = "Postgraduate Programme (M.Sc) Marine Geology";
    const d = parseDegree(text);
    expect(d).toMatchObject({ studyType: "M.Sc", area: "Marine Geology" });
    expect(text.slice(d!.index, d!.end)).toBe(text);
    expect(parseDegree("Doctoral (Ph.D.) Candidate in Geology")).toMatchObject({ studyType: "Ph.D. Candidate", area: "Geology" });
  });
});
