import type { Nodes, Parent, PhrasingContent, Root } from "mdast";
import { diagnose, type Diagnostic } from "../diagnostics/diagnostic.js";
import widgets from "./profile-widgets.json" with { type: "json" };
import { badgeText, labelledBadge } from "./badge-text.js";
import { captionsSkills, onlyPictures, pictureSubject } from "../parse/picture-alt.js";
import { dropWidgetCaptions } from "./widget-captions.js";

/** Schemes a CV may link to; anything else (javascript:, data:, file:, vbscript:…) is not a link. */
const SAFE_SCHEMES = new Set(["http", "https", "mailto", "tel"]);
const WIDGET_HOSTS = new Set(widgets.hosts);

/**
 * Replaces, in place, remote images by their alt text (a CV never loads
 * anything from the network) and links with an unsafe scheme by their text.
 * Returns a warning for each.
 */
export function neutralizeUrls(tree: Root, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const altTexts = new WeakSet<Nodes>();
  // logos dropped as pictures of the words right after them, and those words: members of a row of logos all the same
  const pictures = new WeakSet<Nodes>();
  const captions = new WeakSet<Nodes>();
  // the widgets' pictures dropped, and the nodes that held one
  const widgets = new WeakSet<object>();
  // linkText: the words of the link an image sits in, which its alt text need not repeat; after: the words after it
  const neutralized = (child: Nodes, linkText?: string, after = ""): Nodes[] | undefined => {
    if (child.type === "image" && !isLocal(child.url)) {
      // "<img src="https://img.shields.io/badge/Python-3776AB…">": a badge without alt text shows its words all the same
      // '<img src="…/badge/Leeds,%20UK-24292F" alt="Location">': an alt text that labels a detail ("Location", "Phone") says
      // what the badge's words are, and the words the value
      const badge = child.alt?.trim() ? labelledBadge(child.alt, child.url) : badgeText(child.url);
      const alt = badge ?? child.alt?.trim() ?? "";
      const widget = alt !== "" && WIDGET_HOSTS.has(hostOf(child.url));
      if (WIDGET_HOSTS.has(hostOf(child.url))) widgets.add(child);
      // "<img src="https://…/acme.png" alt="Acme logo"> Acme": a logo of what the words after it name says nothing more
      const pictured = alt !== "" && onlyPictures(alt, after);
      const caption = !badge && alt !== "" && captionsSkills(alt);
      const kept = alt !== "" && !widget && !linkText?.includes(alt.toLowerCase()) && !pictured && !caption;
      const what = kept
        ? badge
          ? `and kept the words its badge shows, "${badge}"`
          : "and kept its alt text"
        : widget
          ? `and its alt text "${alt}" (a profile widget's live picture, which names nothing a CV prints)`
          : pictured
            ? `and its alt text "${alt}", which only describes a picture of the words beside it`
            : caption
              ? `and its alt text "${alt}", which captions a picture of skills' icons and names none of them`
              : alt
                ? "and its alt text, which only repeats its link's words"
                : "(it has no alt text)";
      diagnostics.push(diagnose(file, "warning", "remote-image", `dropped the image ${shorten(child.url)} ${what}: vitae never loads anything from the network or through a URL scheme`, startOf(child)));
      // "Python logo" in a row of skills' logos shows Python
      const text: Nodes = { type: "text", value: badge ?? pictureSubject(child.alt!), position: child.position };
      if (kept) altTexts.add(text);
      if (pictured) pictures.add(child);
      // (a labelled detail is a line of its own, not one more item of the row of badges it stands in)
      if (kept && badge && child.alt?.trim()) return [{ type: "break" }, text, { type: "break" }];
      return kept ? [text] : [];
    }
    if (child.type === "link" && !isSafeUrl(child.url)) {
      diagnostics.push(diagnose(file, "warning", "unsafe-link", `removed the link to ${shorten(child.url)} and kept its text: only http, https, mailto and tel links are kept`, startOf(child)));
      return child.children as PhrasingContent[];
    }
    return undefined;
  };
  /**
   * "![TypeScript](…) ![React](…)": a row of badges names one thing each, set apart as a list's items are; so does a row
   * of logos with spacers between them ('<img width="12" />') and a logo's own word after it ("![Docker logo](…) Docker").
   */
  const setApartFromRow = (nodes: Nodes[]) => {
    for (let k = nodes.length - 1; k >= 0; k--) {
      const node = nodes[k]!;
      if (altTexts.has(node) || captions.has(node)) {
        const gap = nodes[k + 1];
        if (gap?.type === "text" && /^\s+$/.test(gap.value)) gap.value = " · ";
        else if (!gap && node.type === "text" && captions.has(node)) node.value = node.value.replace(/\s+$/, " · ");
        return;
      }
      const spacing = (node.type === "text" && /^\s*$/.test(node.value)) || (node.type === "image" && !node.alt?.trim());
      if (!spacing) return;
    }
  };
  // a parent's children are copied only from its first replaced child on: most trees have none to replace
  const visit = (parent: Parent, linkText?: string) => {
    let replaced: Nodes[] | undefined;
    parent.children.forEach((child, i) => {
      if ("children" in child) visit(child, child.type === "link" ? wordsBesideImages(child) : linkText);
      const instead = neutralized(child, linkText, child.type === "image" ? textOf(parent.children.slice(i + 1) as Nodes[]) : "");
      if (instead && !replaced) replaced = parent.children.slice(0, i);
      const inRow = (instead?.length && altTexts.has(instead[0]!)) || pictures.has(child);
      if (inRow && replaced) setApartFromRow(replaced);
      const previous = parent.children[i - 1];
      if (child.type === "text" && previous && pictures.has(previous) && /^\s*[\p{L}\p{N}][\p{L}\p{N}.+#-]*(?:\s[\p{L}\p{N}.+#-]+){0,2}\s+$/u.test(child.value)) captions.add(child);
      replaced?.push(...(instead ?? [child]));
      if (widgets.has(child)) widgets.add(parent);
    });
    if (replaced) parent.children = replaced as typeof parent.children;
  };
  visit(tree);
  diagnostics.push(...dropWidgetCaptions(tree, widgets, file));
  return diagnostics;
}

function startOf(node: Nodes): { line: number; column: number } | undefined {
  const at = node.position?.start;
  return at && { line: at.line, column: at.column };
}

/** The words of `nodes`, images left out. */
const textOf = (nodes: readonly Nodes[]): string => nodes.map((node) => (node.type === "text" || node.type === "inlineCode" ? node.value : node.type !== "image" && "children" in node ? textOf(node.children as Nodes[]) : "")).join("");

/** A link's own text, images left out, in lower case. */
function wordsBesideImages(link: Parent): string {
  return textOf(link.children as Nodes[]).trim().toLowerCase();
}

/** True for a URL with no scheme (relative) or a scheme from the allowlist. */
function isSafeUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

/** A relative path beside the CV; protocol-relative `//host/x.png` is remote. */
function isLocal(url: string): boolean {
  return schemeOf(url) === undefined && !/^\s*[\\/]{2}/.test(url);
}

/** The URL's scheme as a browser would read it: controls and whitespace ignored, case folded. */
function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return match ? match[1]!.toLowerCase() : undefined;
}

function hostOf(url: string): string {
  return /^\s*(?:https?:)?\/\/([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase() ?? "";
}

function shorten(url: string): string {
  return url.length > 60 ? `${url.slice(0, 57)}…` : url;
}
