/**
 * The preview's outer page: the résumé in a full-window frame, untouched and
 * script-free, plus the one small script of the preview, which reloads the
 * frame (keeping its scroll position) when the server says the résumé changed,
 * and shows build errors over it.
 */
export function renderShellPage(title: string): string {
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
</style>
</head>
<body>
<iframe id="cv" src="/cv" title="${safeTitle}"></iframe>
<pre id="errors"></pre>
<script>
const frame = document.getElementById("cv");
const errors = document.getElementById("errors");
const events = new EventSource("/events");
events.addEventListener("reload", (e) => {
  const y = frame.contentWindow ? frame.contentWindow.scrollY : 0;
  frame.addEventListener("load", () => { frame.contentWindow.scrollTo(0, y); document.title = frame.contentDocument.title + " — vitae preview"; }, { once: true });
  frame.src = "/cv?v=" + e.data;
});
events.addEventListener("errors", (e) => { errors.textContent = JSON.parse(e.data); });
</script>
</body>
</html>
`;
}
