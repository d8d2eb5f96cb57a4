import type { Position } from "../diagnostics/diagnostic.js";
import type { SourceLine } from "../parse/source-line.js";
import type { Award, CustomItem, Work } from "../resume/schema.js";
import { findDates, monthNumber } from "./dates.js";
import { compact } from "./date-fields.js";
import { ORG_WORDS, ROLE_WORDS } from "./vocabulary.js";
import { SHORT_MONTHS } from "../resume/month-names.js";

/**
 * News items of a personal web page: "NN Mon YYYY TAG Heading Body…". NN counts
 * the items down and is not a day, so dates are YYYY-MM. Several items can run
 * together on one line when a page is flattened.
 */
export interface NewsItem {
  number: string;
  date: string;
  tag: string;
  heading: string;
  body: string;
  position: Position;
}

const ITEM = /(?:^|\s)(\d{1,3})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+((?:19|20)\d{2})\s+([A-Z][A-Z-]{1,11})\s+(?=\S)/g;
/** Where the body of an item starts: the first sentence opener after the heading. */
const BODY_START = /\s(?=(?:(?:Super|Very|So|Really|Truly)\s+)?(?:Excited|Happy|Honou?red|Thrilled|Glad|Proud|Pleased|Delighted|Grateful|Humbled|Congratulations|Welcome|Check out|Our|We|I|It|This|Today|Just|Finally)\b)/;

/** Finds news items; returns them with the lines they used up (at least two items, or none). */
export function findNewsItems(lines: readonly SourceLine[]): { items: NewsItem[]; used: Set<SourceLine> } {
  const items: NewsItem[] = [];
  const used = new Set<SourceLine>();
  for (const l of lines) {
    const matches = [...l.text.matchAll(ITEM)];
    if (!matches.length || matches[0]!.index !== 0) continue;
    used.add(l);
    matches.forEach((m, i) => {
      const end = matches[i + 1]?.index ?? l.text.length;
      const text = l.text.slice(m.index + m[0].length, end).trim();
      const cut = text.search(BODY_START);
      const month = monthNumber(m[2]!)!;
      items.push({
        number: m[1]!,
        date: `${m[3]}-${String(month).padStart(2, "0")}`,
        tag: m[4]!,
        heading: cut > 0 ? text.slice(0, cut).trim() : text,
        body: cut > 0 ? text.slice(cut).trim() : "",
        position: l.position,
      });
    });
  }
  return items.length >= 2 ? { items, used } : { items: [], used: new Set() };
}

/** Every item as an entry of a "News" section, its number and date kept as written. */
export function toNewsItem(item: NewsItem): CustomItem {
  const [y, m] = item.date.split("-");
  const month = SHORT_MONTHS.en[Number(m) - 1];
  return compact({ title: item.heading, subtitle: item.tag, date: item.date, period: `${item.number} ${month} ${y}`, summary: item.body });
}

const ORG = "[\\p{Lu}][\\p{L}\\d&'’.-]*(?:\\s+(?:@|&|of|and|for|de)\\s+[\\p{Lu}][\\p{L}\\d&'’.-]*|\\s+[\\p{Lu}\\d][\\p{L}\\d&'’.-]*)*";
const JOINED = new RegExp(`\\b(?:join(?:ing|ed)?|work(?:ing)? (?:at|for)|intern(?:ing)? (?:at|with)|start(?:ing)? (?:at|with))\\s+(?:the\\s+)?(${ORG})`, "u");
const AT = new RegExp(`\\bat\\s+(?:the\\s+)?(${ORG})`, "u");
const AS = /\bas\s+(?:an?\s+)?([\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,5})/u;
const ROLE_MODIFIER = /^(research|student|graduate|undergraduate|software|hardware|senior|junior|visiting|teaching|quantitative|summer|data|machine|learning|ml|ai|applied|postdoctoral|technical|product|program|systems?)$/i;

/** The role at the end of a heading: "General Motors CAV Lab Research Intern" → "Research Intern". */
function trailingRole(heading: string): string | undefined {
  const words = heading.replace(/\s+internship$/i, "").split(/\s+/);
  let i = words.length;
  while (i > 0 && (ROLE_WORDS.test(words[i - 1]!) || ROLE_MODIFIER.test(words[i - 1]!))) i--;
  const role = words.slice(i).join(" ");
  return role && ROLE_WORDS.test(words[words.length - 1]!) && !/internship/i.test(words[words.length - 1]!) ? role : undefined;
}

/** A position taken up, from an item tagged ROLE (or JOB, INTERN…): organisation, role, start. */
export function toNewsWork(item: NewsItem, later: readonly NewsItem[]): Work | undefined {
  const text = item.body || item.heading;
  const org = (JOINED.exec(text) ?? AT.exec(text))?.[1]?.replace(/[.,]$/, "");
  if (!org) return undefined;
  const as = AS.exec(text)?.[1];
  const position = as && ROLE_WORDS.test(as) && !ORG_WORDS.test(as) ? as : trailingRole(item.heading);
  const season = findDates(text).find((d) => /^(spring|summer|fall|autumn|winter)/i.test(d.period));
  const ended = later.find((l) => /\b(wrapped up|finished|completed|concluded|ended|left)\b/i.test(`${l.heading} ${l.body}`) && `${l.heading} ${l.body}`.includes(org));
  return compact({
    name: org,
    position,
    startDate: season?.start ?? item.date,
    endDate: ended?.date,
    period: season?.period,
    summary: `${item.heading}. ${item.body}`.trim(),
  });
}

/** An award from an item tagged AWARD (or HONOR, PRIZE): the heading is the title. */
export function toNewsAward(item: NewsItem): Award {
  return compact({ title: item.heading, date: item.date, summary: item.body });
}

/** Which résumé section an item's tag speaks for. */
export function newsKind(tag: string): "work" | "awards" | undefined {
  if (/^(ROLE|JOB|POSITION|INTERN|INTERNSHIP|JOIN|WORK|CAREER)$/.test(tag)) return "work";
  if (/^(AWARD|AWARDS|HONOR|HONOUR|PRIZE|FELLOWSHIP|SCHOLARSHIP)$/.test(tag)) return "awards";
  return undefined;
}
