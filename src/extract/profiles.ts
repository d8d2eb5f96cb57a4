import data from "./vocabulary/networks.json" with { type: "json" };

/** An account on a network: its name, and the handle or the address that shows it. */
export interface Profile {
  network: string;
  username?: string;
  url?: string;
}

interface Shape {
  network: string;
  pattern: RegExp;
}

/** "/in/{user}" → a pattern over host and path; "?" starts a query whose parameters may come in any order. */
function toPattern(host: string, path: string): RegExp {
  const body = path
    .split(/(\{user\}|\{id\}|\*|\?)/)
    .map((part) => ({ "{user}": "([\\w.%~-]+)", "{id}": "\\d+", "*": "[^/?#]+", "?": "\\?(?:[^#]*&)?" })[part] ?? part.replace(/[.+^$()|[\]\\]/g, "\\$&"))
    .join("");
  return new RegExp(`^${host.replace(/\./g, "\\.")}${body}/?(?:[?#&][^/]*)?$`, "i");
}

/** Host → the shapes of a profile's address on it: one look-up per address, not a pattern per network. */
const SHAPES = new Map<string, Shape[]>();
for (const { network, hosts, paths } of data.networks) for (const host of hosts) SHAPES.set(host, paths.map((path) => ({ network, pattern: toPattern(host, path) })));
const BY_LABEL = new Map(data.networks.flatMap(({ network, labels }) => labels.map((label) => [label, network] as const)));
/** Pages of a code host that belong to no one ("github.com/features", "github.com/orgs"). */
const NOT_USERS = new Set(["about", "features", "orgs", "topics", "sponsors", "settings", "explore", "marketplace", "pricing", "search", "login", "signup", "share", "sharer", "home", "watch", "intent", "results", "playlist", "shorts", "embed", "feed"]);

/** The account an address shows ("github.com/jdoe", "https://de.linkedin.com/in/jdoe/", "qiita.com/jdoe"); undefined for a repository, a post or another site. */
export function readProfileUrl(written: string): Profile | undefined {
  // an address has no space: a phrase of prose is none, and the patterns need not walk it
  if (/\s/.test(written.trim())) return undefined;
  // language and mobile subdomains ("de.linkedin.com", "m.facebook.com") are the same site
  const address = written.trim().replace(/^(?:https?:\/\/)?(?:www\.|m\.|mobile\.|[a-z]{2}\.(?=linkedin\.com))?/i, "");
  const host = /^[^/?#]+/.exec(address)?.[0].toLowerCase() ?? "";
  const named = networkShorthand(host, address, written.trim());
  if (named) return named;
  const account = accountAt(host, address);
  if (account) return { ...account, url: written.trim() };
  // "[twitter.com](https://www.twitter.com)" in a contact line: the network's own site, its user not shown
  const bare = SHAPES.get(host)?.[0];
  if (bare && /^[^/?#]+\/?$/.test(address)) return { network: bare.network, url: written.trim() };
  // "jdoe.medium.com", "jdoe.github.io" is a homepage: only Medium gives each writer a subdomain
  const medium = /^([\w-]+)\.medium\.com\/?$/i.exec(address)?.[1];
  return medium ? { network: "Medium", username: medium, url: written.trim() } : undefined;
}

/** Where a bare "Name/handle" is the owner's account: the code hosts and LinkedIn, which PDF CVs shorten so. */
const HANDLE_HOSTS = new Set(["GitHub", "GitLab", "Bitbucket", "Codeberg", "LinkedIn"]);

/**
 * "linkedin/in/jdoe", "GitHub/jdoe": a link's visible text in a PDF that writes the network's name where its host
 * goes. A path of the network's own shape ("/in/jdoe") is read as on its host; a single segment after the name is the
 * handle only on a code host or LinkedIn, as "Medium/Substack", "Dev/Ops" or "LinkedIn/GitHub" say other things. Names of fewer
 * than three letters ("x", "gh") are left alone, and so is a "handle" that names a network itself.
 */
function networkShorthand(host: string, address: string, written: string): Profile | undefined {
  if (host.length < 3 || host.includes(".")) return undefined;
  const network = BY_LABEL.get(host);
  const site = data.networks.find((n) => n.network === network)?.hosts[0];
  if (!network || !site) return undefined;
  const path = address.slice(host.length);
  const isHandle = (user: string | undefined): user is string => user !== undefined && !NOT_USERS.has(user.toLowerCase()) && !BY_LABEL.has(user.toLowerCase());
  const shaped = /^\/[^/]+\/[^/]+/.test(path) ? accountAt(site, `${site}${path}`) : undefined;
  if (shaped && isHandle(shaped.username)) return { ...shaped, url: written };
  const handle = /^\/@?([\w.-]{2,40})\/?$/.exec(path)?.[1];
  return HANDLE_HOSTS.has(network) && isHandle(handle) ? { network, username: handle, url: written } : undefined;
}

/** The account an address on a network's host shows, by the network's path shapes ("linkedin.com/in/jdoe"). */
function accountAt(host: string, address: string): { network: string; username: string } | undefined {
  for (const { network, pattern } of SHAPES.get(host) ?? []) {
    const user = pattern.exec(address)?.[1];
    if (user && !NOT_USERS.has(user.toLowerCase())) return { network, username: decodeURIComponent(user).replace(/^@/, "") };
  }
  return undefined;
}

/** True when an address is on a network's site ("github.com/jdoe/repo"), so it is no one's homepage. */
export function isNetworkHost(written: string): boolean {
  const host = /^(?:https?:\/\/)?(?:www\.|m\.)?([^/?#]+)/i.exec(written.trim())?.[1]?.toLowerCase() ?? "";
  return SHAPES.has(host) || SHAPES.has(host.replace(/^[a-z]{2}\./, ""));
}

/** The network a label names ("GitHub", "Telegram", "tg"), if it names one. */
export function networkOfLabel(label: string): string | undefined {
  return BY_LABEL.get(label.trim().toLowerCase());
}

/**
 * "GitHub: @jdoe", "Telegram: jdoe", "LinkedIn: linkedin.com/in/jdoe": a
 * value after a label that names a network. A handle alone gives the username
 * only, as the CV wrote no address.
 */
export function readLabelledProfile(label: string, value: string): Profile | undefined {
  const network = networkOfLabel(label);
  if (!network) return undefined;
  const byUrl = readProfileUrl(value);
  if (byUrl) return { ...byUrl, network };
  const handle = /^@?([\w.-]{2,40})$/.exec(value.trim())?.[1];
  if (handle && !/\.(?:com|org|net|io|dev)$/i.test(handle)) return { network, username: handle };
  return /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/\S*$/i.test(value.trim()) ? { network, url: value.trim() } : undefined;
}
