/**
 * The preview's outer page: the résumé in a full-window frame, untouched and
 * script-free, plus the one small script of the preview, which reloads the
 * frame (keeping its scroll position) when the server says the résumé changed,
 * shows build errors over it, and switches the frame between the résumé and
 * its review page (how the source was read), remembering the choice in the
 * address (#review) so that a reload keeps it. `version` is the résumé's
 * version as the page is served: the frame is reloaded for any other.
 */
export function renderShellPage(title: string, version: number): string {
  const safeTitle = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${safeTitle} — vitae preview</title>
<style>
html, body { margin: 0; height: 100%; background: #e8e8ea; }
iframe { border: 0; width: 100%; height: 100%; display: block; }
#errors { position: fixed; left: 0; right: 0; bottom: 0; max-height: 45%; overflow: auto; margin: 0; padding: 12px 16px;
  background: #3b0d0d; color: #ffd7d7; font: 13px/1.45 ui-monospace, monospace; white-space: pre-wrap; }
#errors:empty { display: none; }
nav { position: fixed; top: 8px; right: 16px; display: flex; gap: 4px; }
nav button { font: 13px system-ui, sans-serif; padding: 4px 10px; border: 1px solid #555; background: #fff; color: #1b1b1b; border-radius: 4px; cursor: pointer; }
nav button[aria-pressed="true"] { background: #1b1b1b; color: #fff; }
</style>
</head>
<body>
<iframe id="cv" src="/cv" title="${safeTitle}"></iframe>
<nav aria-label="Preview"><button type="button" data-view="cv" aria-pressed="true">Résumé</button><button type="button" data-view="review" aria-pressed="false">Review</button></nav>
<pre id="errors"></pre>
<script>
const frame = document.getElementById("cv");
const errors = document.getElementById("errors");
const buttons = [...document.querySelectorAll("nav button")];
let view = location.hash === "#review" ? "review" : "cv";
let version = "${version}";
const show = (next, keepScroll) => {
  const y = keepScroll && frame.contentWindow ? frame.contentWindow.scrollY : 0;
  view = next;
  for (const b of buttons) b.setAttribute("aria-pressed", String(b.dataset.view === view));
  frame.addEventListener("load", () => { frame.contentWindow.scrollTo(0, y); document.title = frame.contentDocument.title + " — vitae preview"; }, { once: true });
  frame.src = "/" + view + "?v=" + version;
};
for (const b of buttons) b.addEventListener("click", () => { history.replaceState(null, "", b.dataset.view === "review" ? "#review" : "#"); show(b.dataset.view, false); });
if (view !== "cv") show(view, false);
const events = new EventSource("/events");
events.addEventListener("reload", (e) => {
  if (e.data === version) return;
  version = e.data;
  show(view, true);
});
events.addEventListener("errors", (e) => { errors.textContent = JSON.parse(e.data); });
</script>
</body>
</html>
`;
}
