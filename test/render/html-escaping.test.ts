import { describe, expect, it } from "vitest";
import { htmlRenderer } from "../../src/render/render-html.js";
import { latexRenderer } from "../../src/render/render-latex.js";
import { loadTheme } from "../../src/render/theme.js";
import type { Resume } from "../../src/resume/schema.js";

const hostile: Resume = {
  basics: { name: `Ada <script>alert("x")</script> & "Co"`, summary: "I <b onclick=x>love</b> **bold** and [links](javascript:alert(1))." },
  work: [{ name: "A & B <Corp>", position: "Dev", highlights: ["5 < 6 > 4 & 'quotes' \"too\"", "[ok](https://example.com/?a=1&b=2)"] }],
  meta: { sections: [{ key: "summary", title: "About <me>" }, { key: "work", title: "Work" }] },
};

describe("rendering HTML", () => {
  const html = htmlRenderer(loadTheme("classic"))(hostile);

  it("escapes HTML special characters from the CV", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("Ada &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot;");
    expect(html).toContain("A &amp; B &lt;Corp&gt;");
    expect(html).toContain("About &lt;me&gt;");
    expect(html).toContain("5 &lt; 6 &gt; 4 &amp; &#39;quotes&#39; &quot;too&quot;");
  });

  it("keeps light Markdown as formatting but never a javascript: link", () => {
    expect(html).toContain("<strong>bold</strong>");
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('<a href="https://example.com/?a&#61;1&amp;b&#61;2">ok</a>');
    expect(html).not.toMatch(/<[a-z]+[^>]*onclick/i);
  });
});

describe("rendering LaTeX", () => {
  const tex = latexRenderer(loadTheme("classic"))(hostile);

  it("escapes LaTeX special characters from the CV", () => {
    expect(tex).toContain("A \\& B <Corp>");
    expect(tex).not.toContain("\\input{");
  });
});
