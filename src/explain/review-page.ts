import { basename } from "node:path";
import { escapeHtml } from "../render/escape.js";
import type { Resume } from "../resume/schema.js";
import { countRoles } from "./format-explanation.js";
import type { Explanation } from "./explanation.js";
import { REVIEW_SCRIPT } from "./review-script.js";
import { REVIEW_STYLE } from "./review-style.js";
import { renderReadResume } from "./review-resume.js";

/**
 * The review page: one self-contained HTML file (its style and script
 * inline, nothing loaded from anywhere) with the source on the left, each
 * line tinted by what it became, and the résumé as read on the right.
 * Selecting a line lights the values it became, and selecting a value lights
 * the lines it came from; the uncertain readings are listed first, each
 * linking to its line with the edit that settles it.
 */
export function renderReviewPage(explanation: Explanation, resume: Resume): string {
  const name = basename(explanation.file);
  const { uncertain } = countRoles(explanation);
  const doubts = explanation.lines.filter((l) => l.doubt);
  const fileDoubts = explanation.fileDoubts.map((d) => `<li>${escapeHtml(d.message)}. <strong>To settle it:</strong> ${escapeHtml(d.fix)}</li>`);
  const lineDoubts = doubts.map(
    (l) => `<li><a href="#L${l.line}">Line ${l.line}</a>: ${escapeHtml(l.doubt!.message)}. <strong>To settle it:</strong> ${escapeHtml(l.doubt!.fix)}</li>`,
  );
  const first = explanation.lines.find((l) => l.role !== "blank")?.line;
  const source = explanation.lines.map((l) => {
    const paths = l.paths.length ? ` data-paths="${escapeHtml(l.paths.join(" "))}"` : "";
    if (l.role === "blank") return `<li id="L${l.line}" class="blank" aria-hidden="true"><span class="n">${l.line}</span></li>`;
    const doubt = l.doubt ? `<span class="doubt-mark" aria-label="uncertain reading" role="img">?</span>` : "";
    return (
      `<li id="L${l.line}" class="role-${l.role}${l.doubt ? " uncertain" : ""}" tabindex="${l.line === first ? 0 : -1}"${paths}>` +
      `<span class="n" aria-label="line ${l.line}">${l.line}</span>${doubt}<code>${escapeHtml(l.text)}</code>` +
      `<span class="became">${escapeHtml(l.label)}${l.doubt ? ` <span class="sr-only">Uncertain: ${escapeHtml(l.doubt.message)}. To settle it: ${escapeHtml(l.doubt.fix)}</span>` : ""}</span></li>`
    );
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>How ${escapeHtml(name)} was read</title>
<style>${REVIEW_STYLE}</style>
</head>
<body>
<header>
<h1>How ${escapeHtml(name)} was read</h1>
${explanation.lines.length ? `<p>${explanation.lines.length} lines, ${uncertain} uncertain reading${uncertain === 1 ? "" : "s"}. Select a source line (arrow keys move between lines, Enter goes to what it became) to light up what it became; select a value on the right to light up the lines it came from.</p>` : `<p>${escapeHtml(name)} is a JSON Resume document: it is taken field by field as it is, so there is no reading of lines to show.</p>`}
${uncertain ? `<section aria-labelledby="h-doubts" class="doubts"><h2 id="h-doubts">Uncertain readings</h2><ol>${[...fileDoubts, ...lineDoubts].join("")}</ol></section>` : `<p>No reading was a guess.</p>`}
</header>
<main>
<section class="source-pane" aria-labelledby="h-source"><h2 id="h-source">Source</h2><ol class="source">${source.join("")}</ol></section>
<section class="resume-pane" aria-labelledby="h-resume"><h2 id="h-resume">Résumé as read</h2>${renderReadResume(resume)}</section>
</main>
<div class="sr-only" role="status" aria-live="polite" id="announce"></div>
<script>${REVIEW_SCRIPT}</script>
</body>
</html>
`;
}
