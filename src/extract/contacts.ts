import { withoutDecoration } from "../parse/normalize.js";
import type { Basics } from "../resume/schema.js";

/** Contact details found in one phrase of a header line. */
export type Contact =
  | { field: "email" | "phone" | "url"; value: string }
  | { field: "profile"; network: string; username?: string; url: string }
  | { field: "location"; value: NonNullable<Basics["location"]> };

const EMAIL = /^(?:mailto:)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/i;
const PHONE = /^\+?[\d\s().-]{7,22}$/;
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|me|edu|ai|app|co|page|site|xyz|info|blog|tech|[a-z]{2})(?:[/?#][^\s]*)?$/i;

/** An address followed by a word or two in parentheses that say what it is. */
const LINK_TAG = /^(\S+\.\S+)\s+\([\p{L} -]{2,24}\)$/u;

const NETWORKS: Array<[string, RegExp]> = [
  ["GitHub", /^(?:https?:\/\/)?(?:www\.)?github\.com\/([\w-]+)\/?$/i],
  ["LinkedIn", /^(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/(?:in|pub)\/([\w%-]+)\/?$/i],
  ["Google Scholar", /^(?:https?:\/\/)?scholar\.google\.[a-z.]+\/citations\?(?:.*&)?user=([\w-]+)/i],
  ["X", /^(?:https?:\/\/)?(?:www\.)?(?:twitter|x)\.com\/(\w+)\/?$/i],
  ["ORCID", /^(?:https?:\/\/)?orcid\.org\/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\/?$/i],
  ["GitLab", /^(?:https?:\/\/)?(?:www\.)?gitlab\.com\/([\w-]+)\/?$/i],
];

/** Labels a header uses before a value ("Email:", "Tel", "GitHub:"). */
const LABEL = /^(e-?mail|mail|courriel|phone|tel|telephone|téléphone|mobile|cell|handy|telefon|website|web|homepage|home page|site|portfolio|blog|url|github|linkedin|twitter|x|scholar|google scholar|orcid|gitlab|location|address|adresse|city|based in|lives in|ubicación|dirección|ciudad|correo|teléfono|móvil|ort|wohnort|电话|邮箱|主页|地址)\s*[:：]?\s+|^(\S+?)\s*[:：](?!\/\/)\s*/i;

const US_STATES = new Set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split(" "));
const COUNTRIES: Record<string, string> = { usa: "US", "u.s.a.": "US", "u.s.a": "US", "u.s.": "US", "u.s": "US", "united states": "US", us: "US", uk: "GB", england: "GB", prc: "CN", "united kingdom": "GB", china: "CN", france: "FR", germany: "DE", deutschland: "DE", canada: "CA", japan: "JP", switzerland: "CH", schweiz: "CH", suisse: "CH", singapore: "SG", india: "IN", australia: "AU", netherlands: "NL", italy: "IT", spain: "ES", españa: "ES", espana: "ES", italia: "IT", portugal: "PT", slovenia: "SI", polska: "PL", poland: "PL", sweden: "SE", korea: "KR", "south korea": "KR", israel: "IL", austria: "AT", belgium: "BE", ireland: "IE", brazil: "BR", nigeria: "NG", kenya: "KE", ghana: "GH", egypt: "EG", "south africa": "ZA", morocco: "MA", tunisia: "TN", mexico: "MX", méxico: "MX", argentina: "AR", chile: "CL", colombia: "CO", peru: "PE", perú: "PE", turkey: "TR", türkiye: "TR", greece: "GR", czechia: "CZ", "czech republic": "CZ", hungary: "HU", romania: "RO", bulgaria: "BG", croatia: "HR", serbia: "RS", slovakia: "SK", estonia: "EE", latvia: "LV", lithuania: "LT", ukraine: "UA", russia: "RU", denmark: "DK", norway: "NO", finland: "FI", iceland: "IS", luxembourg: "LU", vietnam: "VN", "viet nam": "VN", thailand: "TH", indonesia: "ID", malaysia: "MY", philippines: "PH", pakistan: "PK", bangladesh: "BD", "sri lanka": "LK", nepal: "NP", taiwan: "TW", "hong kong": "HK", "new zealand": "NZ", uae: "AE", "united arab emirates": "AE", "saudi arabia": "SA", qatar: "QA", "the netherlands": "NL" };

/** The ISO code of a country named in English or in its own language ("Nigeria", "Deutschland"), if vitae knows it. */
export function countryCode(name: string): string | undefined {
  return COUNTRIES[name.trim().toLowerCase()];
}

/** Adds https:// to a bare domain so that it is a valid URI. */
export function withScheme(url: string): string {
  return /^(https?:\/\/|mailto:)/i.test(url) ? url : `https://${url}`;
}

/** Reads "Ann Arbor, MI", "Paris, France", "Berlin, Germany" into location fields. */
export function readLocation(text: string): NonNullable<Basics["location"]> | undefined {
  // "Austin, TX 78701": a US ZIP code after the state
  const zip = /^(.*,\s*[A-Z]{2})\s+(\d{5}(?:-\d{4})?)$/.exec(text.trim());
  if (zip) {
    const place = readLocation(zip[1]!);
    return place && { ...place, postalCode: zip[2]! };
  }
  const parts = text.split(/\s*,\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[\p{Lu}][\p{L}.'’ -]*$/u.test(p) || p.length > 30)) return undefined;
  const [city, ...tail] = parts;
  const out: NonNullable<Basics["location"]> = { city };
  for (const t of tail) {
    const country = countryCode(t);
    if (US_STATES.has(t) && !out.region) out.region = t;
    else if (country) out.countryCode = country;
    else if (!out.region) out.region = t;
    else return undefined;
  }
  return out;
}

/** "Via Irnerio 46, 40126 Bologna, Italy", "Musterstraße 5, 10115 Berlin": street and number, postcode and city, a country. */
const POSTAL_ADDRESS = /^(?<address>[\p{L}.'’ -]*\p{L}[\p{L}.'’ -]*\s\d{1,4}[a-z]?|\d{1,5}[a-z]?\s[\p{L}.'’ -]+),\s*(?<postal>\d{4,5}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\s+(?<city>[\p{Lu}][\p{L}.'’ -]{1,30})(?:,\s*(?<country>[\p{L} ]{2,30}))?$/u;

/** A postal address on one line, as European CVs give it; undefined for anything else. */
function readPostalAddress(text: string): NonNullable<Basics["location"]> | undefined {
  const g = POSTAL_ADDRESS.exec(text)?.groups;
  if (!g) return undefined;
  const code = g.country === undefined ? undefined : countryCode(g.country);
  if (g.country !== undefined && !code) return undefined;
  return { address: g.address!.trim(), postalCode: g.postal!, city: g.city!.trim(), ...(code && { countryCode: code }) };
}

/** Reads one phrase of a contact line; undefined when it is not contact information. */
export function readContact(text: string): Contact | undefined {
  const phrase = withoutDecoration(text);
  const label = LABEL.exec(phrase);
  const key = label ? (label[1] ?? label[2] ?? "").toLowerCase() : "";
  const written = (label ? phrase.slice(label[0].length) : phrase).trim().replace(/[.,;]$/, "");
  // LinkedIn's PDF export tags each link: "www.linkedin.com/in/jdoe (LinkedIn)", "jdoe.dev (Personal)"
  const value = LINK_TAG.exec(written)?.[1] ?? written;
  if (!value) return undefined;
  const email = EMAIL.exec(value);
  if (email) return { field: "email", value: email[1]! };
  for (const [network, re] of NETWORKS) {
    const m = re.exec(value);
    if (m) return { field: "profile", network, username: m[1], url: withScheme(value) };
  }
  if (/^(github|gitlab|twitter|x|linkedin)$/.test(key) && /^@?[\w-]{2,40}$/.test(value)) {
    const network = key === "github" ? "GitHub" : key === "gitlab" ? "GitLab" : key === "linkedin" ? "LinkedIn" : "X";
    const host = { GitHub: "github.com/", GitLab: "gitlab.com/", LinkedIn: "linkedin.com/in/", X: "x.com/" }[network];
    const username = value.replace(/^@/, "");
    return { field: "profile", network, username, url: `https://${host}${username}` };
  }
  if (DOMAIN.test(value) && !/\s/.test(value)) return { field: "url", value: withScheme(value) };
  const digits = value.replace(/\D/g, "");
  if (PHONE.test(value) && digits.length >= 8 && digits.length <= 15 && !/^(19|20)\d\d\s*[-–]\s*(19|20)\d\d$/.test(value)) return { field: "phone", value };
  if (/^(location|address|adresse|city|based in|lives in|ubicación|dirección|ciudad|ort|wohnort|地址)$/.test(key) || !label) {
    const location = readLocation(value) ?? readPostalAddress(value);
    if (location && (label || location.countryCode || location.postalCode || /^[A-Z]{2}$/.test(location.region ?? ""))) return { field: "location", value: location };
  }
  return undefined;
}

/** Splits a header line into phrases at `|`, `·`, `•`, spaced dashes, tabs and wide gaps. */
export function splitContactLine(text: string): string[] {
  return text.split(/\s*[|·•⋅◦]\s*|\t+|\s{3,}|\s+\/\s+|\s+[—–]\s+/).map((p) => p.trim()).filter(Boolean);
}
