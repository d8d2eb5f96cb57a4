import type { Work } from "../resume/schema.js";
import { compact, jobDates } from "./date-fields.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { splitBracketedRole, splitSelfEmployed } from "./evidence/trailing-role.js";
import { employerAndUnits } from "./evidence/employer-description.js";
import { isKnownTown } from "./evidence/places.js";
import { countryCode } from "./contacts.js";
import { selfEmploymentAsTerms, termsApart } from "./employment-terms.js";
import { closingProseToJobAbove, pageFooterOutOfJobs } from "./closing-prose.js";
import { isEmploymentType, LEGAL_FORM, SELF_EMPLOYED, namesATeam, titlesDuties } from "./vocabulary.js";
import { findDates } from "./dates.js";
import { isLocation, isPlaceLine, readBody, trimSeparators, withoutClosingStop } from "./entry-parts.js";
import { hasDate, isTitleLike, startsWithDate, type Entry } from "./layout/lines.js";
import { closingDatesAt } from "./closing-dates.js";
import { takeFieldLines, withFields } from "./field-lines.js";
import { isDetailLine, isSupervisorLine } from "./layout/detail-lines.js";
import { splitTrailingPlace } from "./layout/split-line.js";
import { voteSlots, type HeadPhrase, type HeadReading } from "./layout/head-phrases.js";
import { joinLabelledPairs } from "./layout/labelled-pairs.js";
import { splitRoleGroups } from "./layout/role-groups.js";
import { joinProjectsToJobs } from "./layout/projects-in-jobs.js";
import { townAfterCompany } from "./layout/town-after-company.js";
import { rolesAlone, spanOf } from "./layout/roles-alone.js";
import { townsAfterEmployers } from "./employer-towns.js";
import { promotionsAt, lendOrganisations } from "./organisation-roles.js";
import { employersInFirstItems } from "./employer-items.js";
import { splitListedRoles } from "./listed-roles.js";
import { refinedReading, TRAILING_ADDRESS, isFreelanceTitle, endsInLegalForm } from "./role-at-employer.js";
import { namesEmployer, namesEmployerBesideRoles, mayNameEmployer, employerLineUnder, qualifiedRole, stoppedTitle, isLinkAlone, datesAndPlace, roleWithQualifier, PLACE_THEN_ROLE, ROLE_THEN_MORE, emphasisedOpening, isRoleBullet } from "./job-lines.js";
import { namedColumns, LABEL_OF, labelledFields } from "./job-labels.js";

/** A job read from its entry, with what the section's other entries said about the layout. */
export interface ReadWork {
  work: Work;
  entry: Entry;
  /** What was guessed for lack of evidence, and how to write it so that nothing has to be. */
  doubt?: string;
}

/**
 * Reads a section of jobs. Each entry's header is cut into phrases; what each
 * phrase is (role, organisation, place) is weighed from the vocabularies and
 * from what the same slot holds across the section's entries. One
 * organisation over several dated roles gives one job per role.
 */
export function readWorkSection(entries: readonly Entry[], key: "work" | "volunteer"): ReadWork[] {
  // labelled lines ("Location: Berlin", "Keywords: Go") set fields; they are taken out before the entry is read
  const split = joinLabelledPairs(joinProjectsToJobs(entries), (label) => LABEL_OF.has(label)).flatMap(splitRoleGroups);
  // a group's label is read as no job, nor let weigh on how the jobs' slots are read
  const labels = split.filter((e) => e.label).map((entry) => ({ entry, work: {} }));
  const taken = split.filter((e) => !e.label).map((e) => takeFieldLines(e, key));
  const readings = taken.map(({ entry }) => refinedReading(entry));
  const votes = voteSlots(readings, roleLean);
  // dates that close an entry's body are its own only where every entry is dated so (a page's right-hand date
  // column); where one is not, they may be the next entry's, written above it
  const datesClose = taken.every(({ entry }, i) => readings[i]!.dates || closingDatesAt(entry.body) >= 0);
  const jobs = taken.map(({ entry, fields }, i) => {
    const { work, doubt } = toWork(entry, readings[i]!, votes, namedColumns(entry), datesClose);
    // a place the entry's lines say (a "Location:" line) wins over the town after a labelled employer's comma
    const { employerPlace, ...labelled } = labelledFields(entry);
    const location = work.location ?? employerPlace;
    return { entry, work: withFields(termsApart({ ...work, ...labelled, ...(location && { location }) }), fields), ...(doubt && !labelled.position ? { doubt } : {}) };
  });
  return [...labels, ...promotionsAt(lendOrganisations(townsAfterEmployers(closingProseToJobAbove(pageFooterOutOfJobs(splitListedRoles(employersInFirstItems(jobs)))))))];
}

/** Reads one job from its header phrases, the section's votes, and its body. */
function toWork(entry: Entry, reading: HeadReading, votes: ReadonlyMap<string, number>, columns: ReadonlyMap<number, string>, datesClose: boolean): { work: Work; doubt?: string } {
  const body = [...entry.body];
  const phrases = [...reading.phrases];
  // a header names its place last ("Kasa / Seoul, S.Korea"), where a name may happen to be a town's too
  const placeAt = phrases.map((p) => p.evidence.place >= 0.9 && p.evidence.org < 0.7).lastIndexOf(true);
  // "Senior Developer - Braintree" under "Software Engineer - New Relic, Inc.": a town's name alone beside nothing but
  // a role, where the section's other entries name their employer, is the employer named after it
  const townAsEmployer = placeAt >= 0 && namesEmployerBesideRoles(phrases, placeAt, votes);
  let location = placeAt >= 0 && !townAsEmployer ? phrases.splice(placeAt, 1)[0]!.text : undefined;
  // "**Ingénieur chez Contoso** à Lyon": a town the header says the job was in
  location ??= reading.place;
  // "Beispiel AG, Wil SG": a small town after a company's comma, before the company is told from the role
  const smallTown = location ? undefined : townAfterCompany(phrases, entry.head.map((l) => l.text).join("\n"));
  if (smallTown) {
    location = smallTown.town;
    phrases.splice(smallTown.at, 1);
    if (smallTown.said) reading.aliases.push(smallTown.said);
  }
  // a web address is the entry's link, unless it is all there is to name the employer ("flint.gg")
  const addresses = phrases.filter((p) => /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+\/\S*$/i.test(p.text));
  const named = phrases.filter((p) => !addresses.includes(p));
  const terms = selfEmploymentAsTerms(named);
  const candidates = named.filter((p) => p !== terms);
  if (terms) reading.aliases.push(terms.text);
  // the section's layout decides where a phrase's own words say little
  // "Cordital — Freelance Marketeer": beside an employer's name, work on one's own account said with a job title is the title
  const freelanceTitle = (p: HeadPhrase) =>
    isFreelanceTitle(p.text) && candidates.some((o) => o !== p && !SELF_EMPLOYED.test(o.text) && roleLean(o.evidence) <= 0);
  const lean = (p: HeadPhrase) => {
    const own = freelanceTitle(p) ? p.evidence.role + 0.4 : roleLean(p.evidence);
    const vote = (votes.get(p.slot) ?? 0) + (p.strong ? 0.5 * (votes.get("strong") ?? 0) : 0);
    return own + (Math.abs(own) < 0.3 ? 0.6 : 0.2) * vote;
  };
  let name: string | undefined;
  let position: string | undefined;
  let rolesOnly = false;
  let doubt: string | undefined;
  // a column the table's header names says what its cell is
  const inColumn = (field: string) => candidates.find((p) => columns.get(Number.parseInt(p.slot.split(".")[1]!, 10)) === field);
  const [namedCell, titledCell] = [inColumn("name"), inColumn("position")];
  if (namedCell || titledCell) {
    // the field the header leaves unnamed is the phrase left that leans least to a role, or most
    const left = candidates.filter((p) => p !== namedCell && p !== titledCell).sort((a, b) => lean(a) - lean(b));
    name = namedCell?.text ?? left[0]?.text;
    position = titledCell?.text ?? (left.length && lean(left.at(-1)!) > 0.3 ? left.at(-1)!.text : undefined);
  } else if (qualifiedRole(candidates, lean, votes, entry)) {
    // "BlackBird IT - Operational DBA - Professional Services", "Globant - SysAdmin Linux - EA": the employer first and
    // the role second, as the section writes them, and a third phrase after the role that qualifies it (a unit, a client)
    const [first, role, qualifier] = candidates as [HeadPhrase, HeadPhrase, HeadPhrase];
    name = first.text;
    position = `${role.text} - ${qualifier.text}`;
  } else if (rolesAlone(candidates) && employerLineUnder(entry.body)) {
    // "Depuis mars 2018 : Responsable sécurité - Ingénieur infrastructure" / "Brioche Numérique": phrases that each name
    // a role and none an employer are one title held at once, where the line under them names the employer
    position = spanOf(candidates, entry);
    rolesOnly = true;
  } else if (candidates.length === 1) {
    const only = candidates[0]!;
    if (lean(only) > 0.3) position = only.text;
    else name = only.text;
  } else if (candidates.length > 1) {
    const role = [...candidates].sort((a, b) => lean(b) - lean(a))[0]!;
    // the organisation leans least to a role and least to a place; with nothing to tell, the first phrase names it
    // and a bold lead that is no title names it ("**Pied Piper** | CEO | Awesome compression company")
    const orgScore = (p: HeadPhrase) => -lean(p) - p.evidence.place + p.evidence.org + (p.strong && lean(p) <= 0.3 ? 0.5 : 0) - 0.01 * candidates.indexOf(p);
    const others = candidates.filter((p) => p !== role);
    const org = lean(role) > Math.max(...others.map(lean)) ? [...others].sort((a, b) => orgScore(b) - orgScore(a))[0]! : candidates[0]!;
    name = org.text;
    position = (org === role ? others[0]! : role).text;
    if (Math.abs(roleLean(org.evidence)) < 0.3 && Math.abs(roleLean((org === role ? others[0]! : role).evidence)) < 0.3) {
      doubt = `read "${name}" as the employer and "${position}" as the job title from where this section's entries put them: neither phrase has a word that says which it is; write "${position} at ${name}", or set the employer in bold ("**${name}** | ${position}")`;
    }
    // a short place-like phrase left over ("Madrid") is where the job was
    const place = candidates.find((p) => p !== org && p.text !== position && p.evidence.place > 0);
    if (!location && place) location = place.text;
  }
  // ("Contoso (Platform Engineer)" alone in the header leans to a role for the title in its brackets: the name before
  // them is the employer all the same, unless the line under the header names the employer: "Casual employee
  // (Research Assistant)" over "University of Toronto")
  const lineUnder = body[0] && (body[0].kind === "text" || entry.head[0]?.kind === "bullet") ? body[0] : undefined;
  const employerUnder = lineUnder !== undefined && !hasDate(lineUnder) && mayNameEmployer(lineUnder.text);
  const bracketedText = position === undefined ? name : name === undefined && candidates.length === 1 && !employerUnder ? position : undefined;
  const bracketed = bracketedText === undefined ? undefined : splitBracketedRole(bracketedText);
  if (bracketed) [name, position] = bracketed;
  // "Développeur Fullstack (Freelance)" alone in the header: the label in its brackets stands where the employer goes
  const selfEmployed = !bracketed && !name && position && candidates.length === 1 ? splitSelfEmployed(position) : undefined;
  const asWritten = position;
  if (selfEmployed) [name, position] = selfEmployed;
  // "Fabrikam, Infrastructure Team (Corporate Engineer)": a team after the employer's comma is the unit the job was in
  const unit = bracketed ? /^(.+?),\s*([^,]+)$/.exec(bracketed[0]) : null;
  if (unit && namesATeam(unit[2]!)) {
    name = unit[1]!;
    reading.aliases.push(unit[2]!);
  }
  if (townAsEmployer && name === phrases[placeAt]?.text) {
    doubt = `read "${name}", also a town's name, as the employer, where this section's other entries name theirs; if it is where the job was, name the employer on the line ("${position ?? "Role"} - Organisation - ${name}")`;
  }
  // "Lecturer" / "Telefónica, España", "Lawyer — Legal Capitol, Lahore, Pakistan": with no employer among the phrases,
  // a place whose first part no gazetteer knows as a town names the employer in its country, or in its town and country,
  // as one line of a header often does
  const inCountry = !name && position && location ? /^([^,]+),\s+(.+)$/.exec(location) : null;
  const inPlace = (rest: string) => (rest.includes(",") ? isLocation(rest) : countryCode(rest) !== undefined);
  if (inCountry && !isKnownTown(inCountry[1]!) && inPlace(inCountry[2]!)) [name, location] = [inCountry[1]!, inCountry[2]!];
  // "Developer at Acme GmbH in Ludwigsburg": a capitalised place after "in" ends the employer's phrase
  const placed = name ? /^(.+?)\s+(?:in|à|en|em|bei|w|в)\s+(\p{Lu}[\p{L}.'’-]*(?:\s[\p{Lu}(][\p{L}.'’()-]*){0,2})$/u.exec(name) : null;
  // "Krones AG, Neutraubling": one capitalised word after a company's form is its town, one no gazetteer need know
  const town = name && !location && !placed ? /^(.+?),\s*(\p{Lu}[\p{L}'’-]+)$/u.exec(name) : null;
  if (town && LEGAL_FORM.test(town[1]!) && !LEGAL_FORM.test(town[2]!) && isPlaceLine(town[2]!) && weighPhrase(town[2]!).org === 0) [name, location] = [town[1]!, town[2]!];
  const used = new Set([name, position, location, bracketed && bracketedText, selfEmployed && asWritten]);
  // "SHK in Dspace GmbH", "Werkstudent bei Nordwerk AG": what follows is a company by its form, not a place, and what
  // comes before it the role, a word the vocabulary may not know
  const inCompany = placed && !position && endsInLegalForm(placed[2]!) && !LEGAL_FORM.test(placed[1]!);
  if (inCompany) [position, name] = [placed[1]!, placed[2]!];
  else if (placed && !location && roleLean(weighPhrase(placed[1]!)) <= 0) [name, location] = [placed[1]!, placed[2]!];
  const extra = candidates.filter((p) => !used.has(p.text)).map((p) => p.text);
  // "Google   2019 – 2021" with the role alone on the next line
  const first = body[0];
  const itemDepth = entry.head[0]?.kind === "bullet" ? entry.head[0].depth + 1 : 0;
  // "**서버 개발자** · 결제플랫폼팀": a bold role before a separator, the team or unit after it
  const boldRole = first?.kind === "text" && first.lead && first.text.startsWith(first.lead) && /^\s*[·|•–—-]\s+\S/.test(first.text.slice(first.lead.length)) && roleLean(weighPhrase(first.lead)) > 0.3 ? first.lead : undefined;
  // "AI Engineer Intern | Python, TensorFlow, Caffe" under a dated employer: the role, then what it worked with
  const barred = !position && !boldRole && first?.kind === "text" ? ROLE_THEN_MORE.exec(first.text) : null;
  const barredRole = barred && isTitleLike(barred[1]!) && !hasDate(first!) && roleLean(weighPhrase(barred[1]!)) > 0.3 ? barred : null;
  if (!position && boldRole) {
    position = boldRole;
    extra.push(trimSeparators(body.shift()!.text.slice(boldRole.length)));
  } else if (barredRole) {
    position = barredRole[1]!;
    body.shift();
    extra.push(barredRole[2]!);
  // ("### Acme (2019 – 2021)" / "###### Backend developer": or a smaller heading under the entry's own, its role,
  // unless it heads the duties: "#### 担当業務", "**【担当業務】**")
  } else if (!position && (first?.kind === "text" || first?.kind === "subheading") && !titlesDuties(first.text) && (isTitleLike(first.text) || (name !== undefined && stoppedTitle(first.text))) && !isDetailLine(first.text) && (roleLean(weighPhrase(first.text)) > 0.3 || (name !== undefined && roleWithQualifier(first.text)))) position = body.shift()!.text.replace(/\.$/, "");
  // "- Staff Data Scientist" over "- Leads the weekly forecast": the resume.md template gives the role as the first bullet
  // ("- Coyote Logistics, Chattanooga, TN, 2016 -- current" / "    - Software Engineer": or as the one item under a bulleted employer)
  else if (!position && first?.kind === "bullet" && isRoleBullet(first, itemDepth) && !body.slice(1).some((l) => isRoleBullet(l, itemDepth))) position = body.shift()!.text;
  // "*Investigador*. Como miembro del grupo…": the role set in emphasis opens the paragraph about the job
  const opening = position || first?.kind !== "text" ? undefined : emphasisedOpening(first);
  if (opening) {
    position = opening.role;
    body[0] = { ...first!, text: opening.rest, spans: undefined };
  }
  // "Seattle" alone under a dated header; before prose only when it cannot be the prose's first line
  const under = body[0];
  const placeBeforeProse = (text: string) => isLocation(text) || /^(?:Greater\s)?[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,3}\s(?:Area|Region|Metropolitan Area)$/u.test(text);
  // ("Mentor: Shubho Sen" under it: who oversaw the job, said apart, is no more prose than a bullet is; or a paragraph of
  // its own, a blank line before the text about the job, under a header that opens with its dates or names roles only,
  // as French CVs write "Depuis mars 2019 : Ingénieur" over the employer; not a list of tools or "Full-time")
  const apart = body[1]?.gap === true && (rolesOnly || startsWithDate(entry.head[0]?.text ?? "")) && !under!.text.includes(",") && !isEmploymentType(under!.text);
  const alone = under?.kind === "text" && (body[1] === undefined || body[1].kind === "bullet" || apart || isSupervisorLine(body[1].text) || placeBeforeProse(under.text));
  // "Software Engineer - Trainee" / "Cignex Datamatics": with no employer above, a name no gazetteer knows is the employer
  // ("2022" / "Research Intern" / "Meta AI, Paris": al-folio's dated entries), its place after a comma set apart
  let underAddress: string | undefined;
  if (!name && position && alone && mayNameEmployer(under.text)) {
    // ("Brioche Numérique https://brioche.example/": the employer's web address after its name is the entry's link)
    const line = body.shift()!.text;
    const address = TRAILING_ADDRESS.exec(line);
    underAddress = address?.[0].trim();
    // ("**星云科技 | 数据平台团队 | 金融科技行业**": the team it was held in and the employer's trade after its name say of the job)
    const [own, ...said] = employerAndUnits(address ? line.slice(0, address.index) : line);
    extra.push(...said);
    const [employer, place] = splitTrailingPlace(own);
    name = employer;
    location ??= place;
  }
  // "* Fall 2023 - present: Postdoctoral Researcher" / "  * NOAA Geophysical Fluid Dynamics Laboratory" / "  * Duties include: …":
  // the academicpages template names the employer in the first sub-bullet, before the labelled ones
  // ("  * Korea Institute for Advanced Study (KIAS), Seoul, Republic of Korea": its place after it)
  else if (!name && position && under?.kind === "bullet" && under.depth > 0 && namesEmployer(splitTrailingPlace(under.text)[0]!)) {
    const [employer, place] = splitTrailingPlace(body.shift()!.text);
    name = employer;
    location ??= place;
  }
  // "## Engineer" / "### Acme Corp, Kyiv" / "*Feb 2022 – present*": a role's heading over a smaller heading that names
  // its employer, the dates under that
  else if (!name && position && under?.kind === "subheading" && entry.head[0]?.kind === "subheading" && under.depth > entry.head[0].depth && isTitleLike(under.text) && roleLean(weighPhrase(under.text)) <= 0) {
    const [employer, place] = splitTrailingPlace(body.shift()!.text);
    name = employer;
    location ??= place;
  }
  // ("**Accomplishments**" under it titles the bullets: no place)
  // ("[Google Play](https://play.google.com/…)" under it: a line that is wholly a link's text names what the link is, no place)
  else if (!location && (alone || (body[1]?.gap && /^[\p{Script=Latin}\s.'’-]+$/u.test(under!.text))) && isPlaceLine(under!.text) && !titlesDuties(under!.text) && !isLinkAlone(under!)) location = body.shift()!.text;
  // "Sevastopol, Ukraine, Senior Software Developer": the town and country before the role on its line are where it was
  const placeFirst = position && !location ? PLACE_THEN_ROLE.exec(position) : null;
  // (not "Seattle, WA, USA Manager", whose country a PDF's text ran into the role)
  const countryNext = placeFirst ? countryCode(placeFirst[2]!.split(/\s+/)[0]!) !== undefined : false;
  if (placeFirst && !countryNext && isLocation(placeFirst[1]!) && roleLean(weighPhrase(placeFirst[2]!)) > 0.3) [location, position] = [placeFirst[1]!, placeFirst[2]!];
  // "**Stripe** (San Francisco, CA)" / ":   *Senior Software Engineer*" / "2019-present": an undated header's role
  // and dates on the lines under it (pandoc's definition list)
  // "**InfortechMS**" / "* **Desenvolvedor Full Stack**" / "* 2017 - 2019": or a bullet of dates alone, first under it
  // ("### Acme Corp" / "[https://acme.example](…)" / "*2019 – 2022*": or under the employer's web address)
  const linkFirst = body[0]?.kind === "text" && /^(?:https?:\/\/|www\.)\S+$/i.test(body[0].text.trim());
  // ("**Engineer, Acme**" / "*Austin, TX — Dec 2017-Present*": or dates with where the job was beside them)
  const firstDatedAt = reading.dates ? -1 : body.slice(0, 2).findIndex((l, k) => ((l.kind === "text" && position && (k === 0 || linkFirst)) || (l.kind === "bullet" && l.depth === 0)) && datesAndPlace(l.text) !== undefined);
  const datedAt = firstDatedAt >= 0 || reading.dates || !datesClose ? firstDatedAt : closingDatesAt(body);
  const datedLine = datedAt >= 0 ? body.splice(datedAt, 1)[0]!.text : undefined;
  const datedBelow = datedLine === undefined ? undefined : findDates(datedLine)[0];
  if (datedLine !== undefined) location ??= datesAndPlace(datedLine)?.place;
  const { summary, highlights } = readBody(body);
  const url = reading.links[0]?.url ?? underAddress;
  const dates = jobDates(reading.dates ?? datedBelow);
  const work = compact({
    // the stop that closes a header written as a sentence is no part of the employer's name; a role keeps its own, the
    // sign that it may be a clause ("Monteur im Sondermaschinenbau, Inocon, Attnang-Puchheim.")
    name: name && withoutClosingStop(name),
    position,
    location,
    ...dates,
    url: url && /^https?:/.test(url) ? url : undefined,
    description: [...reading.aliases, ...extra].join("; ") || undefined,
    organizationPeriod: entry.organizationPeriod ?? reading.organizationPeriod,
    summary: [...reading.prose, summary].filter(Boolean).join("\n") || undefined,
    highlights,
  });
  return doubt ? { work, doubt } : { work };
}
