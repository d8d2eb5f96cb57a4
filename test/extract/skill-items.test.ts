import { describe, expect, it } from "vitest";
import type { SourceLine } from "../../src/parse/source-line.js";
import { wrapsOf } from "../../src/extract/skill-items.js";

const line = (text: string): SourceLine => ({ kind: "text", text, position: { line: 2, column: 3 }, depth: 0, links: [], gap: false });

describe("the lines a labelled list of skills is wrapped over", () => {
  it("goes on in the lines under a list that ends on its own separator", () => {
    expect(wrapsOf("Ruby, Rust, Haskell,", [line("Racket, C#, F#,"), line("Django")]).map((l) => l.text)).toEqual(["Racket, C#, F#,", "Django"]);
  });

  it("stops at a line under a list that ends on another separator than its own", () => {
    expect(wrapsOf("Git, Docker, Kubernetes;", [line("used daily in production at Globex")])).toEqual([]);
  });

  it("stops at a sentence under the list", () => {
    expect(wrapsOf("Git, Docker, Kubernetes,", [line("All of these I have used daily in production at Globex for years.")])).toEqual([]);
  });
});

describe("the last line of a labelled list wrapped over lines", () => {
  it("goes on with the list though it ends as a sentence", () => {
    expect(wrapsOf("Java, Python, C,", [line("LaTeX, PHP, HTML 5, CSS 3, Perl, Bash / shell scripting, and Ansible.")])).toHaveLength(1);
  });
});
