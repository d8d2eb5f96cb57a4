/**
 * The review page's behaviour, inline: selecting a source line (pointer,
 * focus, or the arrow keys) lights the values it became; selecting a value
 * lights the lines it came from; Enter crosses from one side to the other.
 * A line "read with its entry" (its path is an entry's) lights the whole entry.
 */
export const REVIEW_SCRIPT = `
(() => {
  const lines = [...document.querySelectorAll("ol.source li:not(.blank)")];
  const values = [...document.querySelectorAll(".resume-pane [data-path]")];
  const announce = document.getElementById("announce");
  const pathsOf = (line) => (line.dataset.paths || "").split(" ").filter(Boolean);
  const related = (a, b) => a === b || a.startsWith(b + "/") || b.startsWith(a + "/");
  // pointing selects as the pointer moves (not as it enters): content scrolled under a resting pointer selects nothing
  let selected = null;
  const point = (target, select) => (e) => {
    e.stopPropagation();
    if (selected !== target) select(target, false);
  };
  const clear = () => document.querySelectorAll(".lit, .lit-entry").forEach((e) => e.classList.remove("lit", "lit-entry"));
  // only a selection made from the keyboard scrolls the other side: one made by pointing must not move what is pointed at
  function selectLine(line, scroll) {
    clear();
    line.classList.add("lit");
    const paths = pathsOf(line);
    const lit = values.filter((v) => paths.includes(v.dataset.path));
    for (const v of lit) v.classList.add("lit");
    for (const v of lit) v.closest(".entry")?.classList.add("lit-entry");
    selected = line;
    if (scroll) lit[0]?.scrollIntoView({ block: "nearest" });
    announce.textContent = line.querySelector(".became").textContent + (lit.length ? "" : " (no value in the résumé)");
    return lit;
  }
  function selectValue(value, scroll) {
    clear();
    value.classList.add("lit");
    const path = value.dataset.path;
    const lit = lines.filter((l) => pathsOf(l).some((p) => related(p, path)));
    for (const l of lit) l.classList.add("lit");
    selected = value;
    if (scroll) lit[0]?.scrollIntoView({ block: "nearest" });
    announce.textContent = lit.length ? "from line" + (lit.length > 1 ? "s " : " ") + lit.map((l) => l.id.slice(1)).join(", ") : "from no single line";
    return lit;
  }
  function focusLine(line) {
    for (const l of lines) l.tabIndex = -1;
    line.tabIndex = 0;
    line.focus();
  }
  for (const line of lines) {
    line.addEventListener("focus", () => selectLine(line, true));
    line.addEventListener("mousemove", point(line, selectLine));
    line.addEventListener("click", () => focusLine(line));
    line.addEventListener("keydown", (e) => {
      const at = lines.indexOf(line);
      const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: lines.length - 1, PageDown: at + 20, PageUp: at - 20 }[e.key];
      if (to !== undefined) {
        e.preventDefault();
        focusLine(lines[Math.max(0, Math.min(lines.length - 1, to))]);
      } else if (e.key === "Enter") {
        const lit = selectLine(line, true);
        const target = lit[0]?.closest(".entry") || lit[0];
        if (target) target.focus();
      }
    });
  }
  for (const value of values) {
    const target = value.classList.contains("entry") ? value : null;
    value.addEventListener("mousemove", point(value, selectValue));
    // a click selects the value itself: the browser's own focus on press would select its entry, and scroll it
    value.addEventListener("mousedown", (e) => e.preventDefault());
    value.addEventListener("click", (e) => {
      e.stopPropagation();
      value.closest(".entry")?.focus({ preventScroll: true });
      selectValue(value, false);
    });
    if (target) {
      target.addEventListener("focus", () => selectValue(target, true));
      target.addEventListener("keydown", (e) => {
        if (e.key !== "Enter") return;
        const lit = selectValue(target, true);
        if (lit[0]) focusLine(lit[0]);
      });
    }
  }
  const fromHash = () => {
    const line = document.getElementById(location.hash.slice(1));
    if (line && lines.includes(line)) focusLine(line);
  };
  window.addEventListener("hashchange", fromHash);
  if (location.hash) fromHash();
})();
`;
