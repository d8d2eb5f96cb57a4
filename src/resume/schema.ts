/**
 * The canonical résumé: JSON Resume v1.0.0 plus vitae's documented extensions.
 *
 * This file is the one definition of the résumé. The TypeScript types come from
 * it (`z.infer`), the validator is it, and docs/schema.md documents every
 * extension. Every extension is an extra key, which JSON Resume allows
 * (`additionalProperties: true`), so every file vitae writes is also a valid
 * JSON Resume document.
 */
import * as z from "./zod.js";

/** JSON Resume's date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .regex(/^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$/, "a date as YYYY, YYYY-MM or YYYY-MM-DD");

const text = z.string();
const list = z.array(z.string());
/** Hyperlinks must carry a scheme so that they are valid URIs and clickable. */
const url = z.string().regex(/^(https?:\/\/|mailto:)\S+$/i, "an http(s) or mailto URL");

/**
 * Fields every dated entry may carry beyond JSON Resume.
 * `period` keeps the dates as the source wrote them when the ISO dates lose
 * something ("Summer 2026", "2024 — Now"), so renderers never drop the user's words.
 * `tags` marks the entry for variant builds (`--only`, `--except`).
 */
const entryExtensions = {
  location: text.optional(),
  period: text.optional(),
  keywords: list.optional(),
  tags: list.optional(),
};

export const ProfileSchema = z.object({
  network: text.optional(),
  username: text.optional(),
  url: url.optional(),
  /** Extension: the word the source put before the profile ("GitHub:", "Git"), printed before it. */
  label: text.optional(),
});

export const LocationSchema = z.object({
  address: text.optional(),
  postalCode: text.optional(),
  city: text.optional(),
  countryCode: text.optional(),
  region: text.optional(),
});

export const BasicsSchema = z.object({
  name: text.optional(),
  label: text.optional(),
  image: text.optional(),
  email: text.optional(),
  phone: text.optional(),
  url: url.optional(),
  summary: text.optional(),
  location: LocationSchema.optional(),
  profiles: z.array(ProfileSchema).optional(),
  /** Extension: the name in another script, e.g. 刘学深 beside "Xueshen Liu". */
  altNames: z.array(z.object({ name: text, lang: text.optional() })).optional(),
  /** Extension: the words the source put before each contact ("Telefon", "E-mail", "住所"), printed before it as written. */
  labels: z.object({ email: text.optional(), phone: text.optional(), url: text.optional(), location: text.optional() }).optional(),
  /**
   * Extension: the owner's e-mail addresses and numbers after the first ("Mob: …", "Fax: …", a second address under
   * "Email:"), each with the label the source wrote before it; JSON Resume holds one of each.
   */
  otherContacts: z.array(z.object({ kind: z.enum(["email", "phone"]), value: text, label: text.optional() })).optional(),
});

export const WorkSchema = z.object({
  name: text.optional(),
  position: text.optional(),
  url: url.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  summary: text.optional(),
  highlights: list.optional(),
  description: text.optional(),
  /** Extension: the dates of the whole time at the organisation as written, when the source dates them apart from its roles ("Upwork: Dec ‘17 – Present" over dated roles); themes print them once over the organisation's roles. */
  organizationPeriod: text.optional(),
  ...entryExtensions,
});

export const VolunteerSchema = z.object({
  organization: text.optional(),
  position: text.optional(),
  url: url.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  summary: text.optional(),
  highlights: list.optional(),
  /** Extension: as work's `organizationPeriod`. */
  organizationPeriod: text.optional(),
  ...entryExtensions,
});

export const EducationSchema = z.object({
  institution: text.optional(),
  url: url.optional(),
  area: text.optional(),
  studyType: text.optional(),
  /**
   * Extension: the degree with its field as the source joined them ("Ingeniero de Sistemas", "Laurea in ingegneria
   * informatica"), where printing studyType "in" area would change the words; themes print it in their place.
   */
  degree: text.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  score: text.optional(),
  courses: list.optional(),
  /** Extension: what the source says beyond the fields above (advisor, honours…). */
  summary: text.optional(),
  highlights: list.optional(),
  ...entryExtensions,
});

export const AwardSchema = z.object({
  title: text.optional(),
  date: IsoDate.optional(),
  awarder: text.optional(),
  summary: text.optional(),
  /** Extension: the points listed under the award ("Silver Award", "400 hours of service"). */
  highlights: list.optional(),
  ...entryExtensions,
});

export const CertificateSchema = z.object({
  name: text.optional(),
  date: IsoDate.optional(),
  url: url.optional(),
  issuer: text.optional(),
  /** Extension: what the source says beyond the fields above, and the points listed under the certificate. */
  summary: text.optional(),
  highlights: list.optional(),
  ...entryExtensions,
});

export const PublicationSchema = z.object({
  name: text.optional(),
  publisher: text.optional(),
  releaseDate: IsoDate.optional(),
  url: url.optional(),
  summary: text.optional(),
  /** Extension: authors as written, markers kept ("X Liu*"). */
  authors: list.optional(),
  /** Extension: where it appeared ("NSDI 2026", "In SOSP'24"). */
  venue: text.optional(),
  /** Extension: "In submission", "Submitted to NSDI", "Accepted"… */
  status: text.optional(),
  /** Extension: "paper" (default) or "patent". */
  type: z.enum(["paper", "patent"]).optional(),
  /** Extension: the heading the paper is listed under within its section, as written ("Journal articles", "Preprints"). */
  group: text.optional(),
  highlights: list.optional(),
  ...entryExtensions,
});

export const SkillSchema = z.object({
  name: text.optional(),
  level: text.optional(),
  keywords: list.optional(),
  tags: list.optional(),
});

export const LanguageSchema = z.object({ language: text.optional(), fluency: text.optional() });
export const InterestSchema = z.object({ name: text.optional(), keywords: list.optional() });
export const ReferenceSchema = z.object({ name: text.optional(), reference: text.optional() });

export const ProjectSchema = z.object({
  name: text.optional(),
  description: text.optional(),
  highlights: list.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  url: url.optional(),
  roles: list.optional(),
  entity: text.optional(),
  type: text.optional(),
  ...entryExtensions,
});

/** Extension: one item of a section JSON Resume has no place for (talks, teaching, news…). */
export const CustomItemSchema = z.object({
  title: text.optional(),
  subtitle: text.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  date: IsoDate.optional(),
  url: url.optional(),
  summary: text.optional(),
  highlights: list.optional(),
  ...entryExtensions,
});

/** The keys of JSON Resume's own list sections, in JSON Resume's order. */
export const STANDARD_SECTIONS = [
  "work",
  "volunteer",
  "education",
  "awards",
  "certificates",
  "publications",
  "skills",
  "languages",
  "interests",
  "references",
  "projects",
] as const;
export type StandardSectionKey = (typeof STANDARD_SECTIONS)[number];

/** Extension: a section JSON Resume lacks; `id` is a slug of its title, unique in the résumé. */
export const CustomSectionSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a lowercase slug"),
  title: text,
  /** A well-known kind ("talks", "teaching", "service", "patents", "news", "open-source", "blogs") or "other". */
  kind: text.optional(),
  items: z.array(CustomItemSchema),
  tags: list.optional(),
});

/**
 * Extension: where a section appears and what the source calls it. `key` is a
 * standard section key, "summary" (basics.summary) or "custom:<id>". `items`
 * says which entries of that list (by index) the section holds, where the
 * source splits one list among several sections ("Current Positions" and
 * "Previous Positions"); without it the section holds the whole list.
 */
export const SectionRefSchema = z.object({
  key: z.string().regex(/^(summary|work|volunteer|education|awards|certificates|publications|skills|languages|interests|references|projects|custom:[a-z0-9-]+)$/),
  title: text,
  items: z.array(z.number().int().nonnegative()).optional(),
  tags: list.optional(),
  /** The title of the heading the section sits under with others, which holds nothing of its own ("Work Experience" over "Employment History" and "Selected Projects"): printed once, over the first of them. */
  group: text.optional(),
});

export const MetaSchema = z.object({
  canonical: text.optional(),
  version: text.optional(),
  lastModified: text.optional(),
  /** Extension: BCP 47 language of the résumé ("en", "zh", "fr"…). */
  lang: text.optional(),
  /** Extension: sections in the order the source has them, with their titles. */
  sections: z.array(SectionRefSchema).optional(),
  /** Extension: the document's title ("Lebenslauf", "履歴書", "Curriculum Vitae"), printed over the name and the PDF's title. */
  title: text.optional(),
});

export const ResumeSchema = z.object({
  $schema: text.optional(),
  basics: BasicsSchema.optional(),
  work: z.array(WorkSchema).optional(),
  volunteer: z.array(VolunteerSchema).optional(),
  education: z.array(EducationSchema).optional(),
  awards: z.array(AwardSchema).optional(),
  certificates: z.array(CertificateSchema).optional(),
  publications: z.array(PublicationSchema).optional(),
  skills: z.array(SkillSchema).optional(),
  languages: z.array(LanguageSchema).optional(),
  interests: z.array(InterestSchema).optional(),
  references: z.array(ReferenceSchema).optional(),
  projects: z.array(ProjectSchema).optional(),
  /** Extension: sections JSON Resume has no key for. */
  sections: z.array(CustomSectionSchema).optional(),
  meta: MetaSchema.optional(),
});

export type Resume = z.infer<typeof ResumeSchema>;
export type Basics = z.infer<typeof BasicsSchema>;
export type Work = z.infer<typeof WorkSchema>;
export type Education = z.infer<typeof EducationSchema>;
export type Award = z.infer<typeof AwardSchema>;
export type Publication = z.infer<typeof PublicationSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type Skill = z.infer<typeof SkillSchema>;
export type CustomSection = z.infer<typeof CustomSectionSchema>;
export type CustomItem = z.infer<typeof CustomItemSchema>;
export type SectionRef = z.infer<typeof SectionRefSchema>;
