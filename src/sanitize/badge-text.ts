import contactLabels from "../extract/vocabulary/contact-labels.json" with { type: "json" };

/** A shields.io badge drawn from its URL: "/badge/Python-3776AB", "/badge/OS-Linux-informational", "/static/v1?message=Go". */
const BADGE_PATH = /^\s*(?:https?:)?\/\/img\.shields\.io\/badge\/([^?#]+)/i;
const STATIC_BADGE = /^\s*(?:https?:)?\/\/img\.shields\.io\/static\/v1\?([^#]+)/i;

/**
 * The words a shields.io badge shows, read from its URL: its message ("Python" of "/badge/Python-3776AB", "Linux" of
 * "/badge/OS-Linux-informational"), the label before it being the group a README sorts it under. A badge set without
 * alt text shows these words all the same, and a row of them is how a profile README lists its skills.
 */
export function badgeText(url: string): string | undefined {
  const query = STATIC_BADGE.exec(url)?.[1];
  if (query) return clean(new URLSearchParams(query).get("message") ?? "");
  const path = BADGE_PATH.exec(url)?.[1];
  if (!path) return undefined;
  // "--" is a dash of the words and "__" an underscore; a single dash parts label, message and colour
  const parts = path.split(/(?<!-)-(?!-)/);
  if (parts.length < 2) return undefined;
  const message = parts.length === 2 ? parts[0]! : parts.slice(1, -1).join("-");
  return clean(decode(message.replace(/--/g, "-").replace(/__/g, "\u0000").replace(/_/g, " ").replace(/\u0000/g, "_")));
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const clean = (text: string) => text.trim() || undefined;

/** The labels of a CV's details that are places and numbers, in lower case ("location", "wohnort", "phone"). */
const DETAIL_LABELS: ReadonlySet<string> = new Set([...contactLabels.location, ...contactLabels.phone]);

/**
 * "Location: Virginia, USA" of a badge whose alt text labels a detail and whose words are that detail; undefined for
 * any other badge with alt text, whose alt says what it shows ("Databricks" of "/badge/Azure%20Databricks-FF3621").
 */
export function labelledBadge(alt: string, url: string): string | undefined {
  const label = alt.trim();
  const words = badgeText(url);
  if (!words || !DETAIL_LABELS.has(label.toLowerCase()) || words.toLowerCase() === label.toLowerCase()) return undefined;
  return `${label}: ${words}`;
}
