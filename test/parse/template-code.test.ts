import { describe, expect, it } from "vitest";
import { parseMarkdownLines } from "../../src/parse/markdown-lines.js";

describe("a CV kept in a Jekyll site (academicpages)", () => {
  const source = [
    "## Publications",
    "",
    "{% include base_path %}",
    "",
    "  <ul>{% for post in site.publications reversed %}",
    "    {% include archive-single-cv.html %}",
    "  {% endfor %}</ul>",
    "",
    "## Talks",
    "",
    "- Sparse solvers, SIAM CSE 2021 {%- comment -%} moved {%- endcomment -%}",
  ].join("\n");

  it("leaves the template's statements out of the CV's words, every other word where it was written", async () => {
    const { lines } = await parseMarkdownLines(source, "cv.md");
    expect(lines.map((l) => [l.position.line, l.position.column, l.text])).toEqual([
      [1, 1, "Publications"],
      [9, 1, "Talks"],
      [11, 1, "Sparse solvers, SIAM CSE 2021"],
    ]);
  });

  it("says once per run of lines where template code was left out, and why", async () => {
    const { diagnostics } = await parseMarkdownLines(source, "cv.md");
    const told = (diagnostics ?? []).filter((d) => d.ruleId === "template-code");
    expect(told.map((d) => [d.position?.line, d.position?.column, d.severity])).toEqual([
      [3, 1, "warning"],
      [5, 7, "warning"],
      [11, 33, "warning"],
    ]);
    expect(told[1]!.message).toContain("{% for post in site.publications reversed %} … {% endfor %}");
    expect(told[1]!.message).toContain("write those entries into the CV itself");
  });

  it("keeps the words a statement gives an image, as an image's alt text is kept", async () => {
    const { lines, diagnostics } = await parseMarkdownLines('## Overig\n\n{% include sections/banner.html src="/uploads/skyline.jpg" alt="Niet gek, dit stukje achtertuin" %}\n', "cv.md");
    expect(lines.map((l) => l.text)).toEqual(["Overig", "Niet gek, dit stukje achtertuin"]);
    expect(diagnostics?.find((d) => d.ruleId === "template-code")?.message).toContain("left out but for the words it gives an image");
  });

  it("reads a source with no template code as it is", async () => {
    const { lines, diagnostics } = await parseMarkdownLines("## Skills\n\n- 100% test coverage {not a tag}\n", "cv.md");
    expect(lines.map((l) => l.text)).toEqual(["Skills", "100% test coverage {not a tag}"]);
    expect((diagnostics ?? []).filter((d) => d.ruleId === "template-code")).toEqual([]);
  });
});

describe("template code inside an HTML block", () => {
  it("keeps a section commented out with its template loops out of the CV, placeholder entries and all", async () => {
    const source = [
      "Talks",
      "======",
      "  <ul>{% for post in site.talks %}",
      "    {% include archive-single-talk-cv.html %}",
      "  {% endfor %}</ul>",
      "",
      "<!-- Teaching",
      "======",
      "  <ul>{% for post in site.teaching %}",
      "    {% include archive-single-cv.html %}",
      "  {% endfor %}</ul>",
      "",
      "Skills",
      "======",
      "* Skill 1",
      "-->",
    ].join("\n");
    const { lines } = await parseMarkdownLines(source, "cv.md");
    expect(lines.map((l) => l.text)).toEqual(["Talks"]);
  });

  it("does not end the block where a line held only template code, so the rest of the HTML is not read as text", async () => {
    const source = [
      "## Further reading",
      "",
      "My latest articles:",
      "",
      "<ul>",
      "{% for post in site.posts limit:4 %}",
      "  <li>",
      '    <a href="{{ post.url }}">',
      "      {{ post.title }} <br>",
      "      {{ post.date | date: '%d %m %Y' }}",
      "    </a>",
      "  </li>",
      "{% endfor %}",
      "</ul>",
    ].join("\n");
    const { lines } = await parseMarkdownLines(source, "cv.md");
    expect(lines.map((l) => l.text)).toEqual(["Further reading", "My latest articles:"]);
  });
});

describe("an about page of a Hugo site whose theme draws each job from a shortcode", () => {
  const source = [
    "## Experience",
    "",
    '{{< job harbor "Harborlight Freight" "March 2020 - Present" "Lead Engineer, Routing" >}}',
    "",
    "Planned the routing service.",
    "",
    '{{< job-card company="Quayside Labs" dates="2017 - 2020" role="Developer" icon="briefcase" url="https://quayside.example.com" >}}',
    "{{< /job-card >}}",
    "",
    '{{< button href="/cv.pdf" target="_blank" variant="outline_primary" >}}',
    "Download my CV",
    "{{< /button >}}",
  ].join("\n");

  it("keeps the words a shortcode's arguments give, leaving out its name, identifiers, links and styling", async () => {
    const { lines } = await parseMarkdownLines(source, "about.md");
    expect(lines.map((l) => l.text)).toEqual([
      "Experience",
      "Harborlight Freight · March 2020 - Present · Lead Engineer, Routing",
      "Planned the routing service.",
      "Quayside Labs · 2017 - 2020 · Developer",
      "Download my CV",
    ]);
  });

  it("says the shortcode's words were kept, for the reader to check what was read from them", async () => {
    const { diagnostics } = await parseMarkdownLines(source, "about.md");
    expect((diagnostics ?? []).find((d) => d.ruleId === "template-code")?.message).toContain("is a Hugo shortcode, kept as the words its arguments give");
  });
});
