/** The review page's style: two panes, lines tinted by role, lit values outlined; colours keep a 4.5:1 contrast with the text. */
export const REVIEW_STYLE = `
:root { --text: #1b1b1b; --muted: #595959; --lit: #0b57d0; --lit-bg: #dce8ff; font-family: system-ui, sans-serif; color: var(--text); background: #fff; }
html, body { margin: 0; height: 100%; }
body { display: flex; flex-direction: column; }
header { padding: 0.75rem 1.25rem; border-bottom: 1px solid #ccc; }
h1 { font-size: 1.3rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.05rem; margin: 0.5rem 0; }
h3 { font-size: 0.95rem; margin: 1rem 0 0.25rem; }
.doubts ol { margin: 0; padding-left: 1.5rem; max-height: 7.5rem; overflow: auto; }
.doubts li { margin: 0.2rem 0; }
a { color: #0645ad; }
main { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 1.1fr) minmax(0, 0.9fr); grid-template-rows: minmax(0, 1fr); gap: 0; }
.source-pane, .resume-pane { position: relative; padding: 0 1rem 2rem; overflow: auto; }
.resume-pane { border-left: 1px solid #ccc; }
ol.source { list-style: none; margin: 0; padding: 0; font-size: 0.85rem; }
ol.source li { display: grid; grid-template-columns: 2.5rem 1rem minmax(0, 1fr) minmax(8rem, 16rem); align-items: baseline; gap: 0.4rem; padding: 1px 0.25rem; border-left: 4px solid transparent; cursor: pointer; }
ol.source li.blank { min-height: 0.9rem; cursor: default; }
ol.source li:not(:has(.doubt-mark)) code { grid-column: 3; }
.n { color: var(--muted); text-align: right; font-variant-numeric: tabular-nums; }
code { white-space: pre-wrap; overflow-wrap: anywhere; font-family: ui-monospace, monospace; }
.became { color: var(--muted); font-size: 0.78rem; }
.role-name, .role-title { background: #e0f2f1; }
.role-contact { background: #e6f4ea; }
.role-summary { background: #f1f8e9; }
.role-section { background: #ede7f6; font-weight: 600; }
.role-entry { background: #e3f2fd; }
.role-highlight, .role-item { background: #f3f8fd; }
.role-catch-all { background: #fff4e5; }
.role-dropped { background: #fdecea; }
.role-markup, .role-front-matter { background: #f5f5f5; }
.uncertain { border-left-color: #b35c00 !important; }
.doubt-mark { color: #8a4500; font-weight: 700; grid-column: 2; }
ol.source li:focus, .entry:focus { outline: 3px solid var(--lit); outline-offset: -1px; }
ol.source li.lit, .lit { background: var(--lit-bg) !important; outline: 2px solid var(--lit); }
.entry.lit-entry { box-shadow: inset 4px 0 0 var(--lit); }
ol.entries { list-style: none; padding: 0; margin: 0; }
.entry { padding: 0.3rem 0.5rem; margin: 0.3rem 0; border: 1px solid #ddd; border-radius: 4px; cursor: pointer; }
dl.fields { margin: 0; display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.1rem 0.6rem; font-size: 0.85rem; }
dl.fields > div { display: contents; }
dt { color: var(--muted); }
dd { margin: 0; }
dd ul { margin: 0; padding-left: 1rem; }
.person { font-size: 1.2rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 50rem) { body { display: block; height: auto; } main { grid-template-columns: 1fr; } .resume-pane { border-left: 0; } }
`;
