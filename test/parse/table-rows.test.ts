import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

describe("plain-text tables", () => {
  it("read a grid table's wrapped cell with the row it wraps from", async () => {
    const resume = await readText(
      [
        "Quinn Harlow",
        "",
        "Tools",
        "=====",
        "",
        "+-----------+-----------------------+",
        "| Scripting | Ruby, Lua, awk,       |",
        "|           | PowerShell            |",
        "+-----------+-----------------------+",
        "| Other     | Emacs, Mercurial      |",
        "+-----------+-----------------------+",
        "",
      ].join("\n"),
    );
    expect(resume.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Scripting", ["Ruby", "Lua", "awk", "PowerShell"]],
      ["Other", ["Emacs", "Mercurial"]],
    ]);
  });

  it("leave out an org table's alignment row and its blank first column", async () => {
    const resume = await readText(
      [
        "#+title: CV",
        "",
        "| / |   <r> | <l>            |",
        "|   |  Name | Quinn Harlow   |",
        "",
        "* Projects",
        "** Tide Clock",
        "A clock that shows the tides.",
        "* Skills",
        "| / |    <r> | <l>            |",
        "|   |  Shell | Bash, zsh      |",
        "|   |    Web | HTML, CSS      |",
        "",
      ].join("\n"),
    );
    expect(resume.basics?.name).toBe("Quinn Harlow");
    expect(resume.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Shell", ["Bash", "zsh"]],
      ["Web", ["HTML", "CSS"]],
    ]);
  });
});
