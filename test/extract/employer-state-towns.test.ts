import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("a town and its state's code after an employer", () => {
  it("sets the town apart though its name opens with a school's word, and keeps a school named before the code", async () => {
    const r = await readMarkdown(
      ["# Ada Quill", "", "## Experience", "",
        "**Research Assistant**, 2007 to 2011  ", "Security Lab, Westmark State University, University Park, PA", "",
        "**Lecturer**, 2011 to 2014  ", "Department of Physics, Northfield College, College Park, MD", "",
        "**Fellow**, 2014 to 2016  ", "Kestrel Medical School, Kestrel University, MA"].join("\n"),
    );
    expect(r.work?.slice(0, 2).map((w) => [w.name, w.location])).toEqual([
      ["Security Lab, Westmark State University", "University Park, PA"],
      ["Department of Physics, Northfield College", "College Park, MD"],
    ]);
    // a school's name before the code is no town: the employer keeps it
    expect(r.work?.[2]?.name).toMatch(/^Kestrel Medical School, Kestrel University/);
    expect(r.work?.[2]?.location ?? "").not.toMatch(/Kestrel/);
  });
});
