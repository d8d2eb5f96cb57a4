/** The fixed words a theme prints and the date formats, per language of the résumé. */
import { SHORT_MONTHS } from "../resume/month-names.js";

export interface LocaleWords {
  present: string;
  page: string;
  /** The running page label, `%n` standing for the number: "Page %n", "第 %n 页". */
  pageLabel: string;
  /** The side column's heading for how to reach the person (two-column themes). */
  contact: string;
  /** Default titles for sections the source did not title (e.g. from JSON Resume input). */
  sections: Record<string, string>;
  equalContribution: string;
  /** What a grade is called before the number: "GPA 3.9", "Note 1,3". */
  grade: string;
  /** The label of an education's list of courses. */
  courses: string;
  /** The word before a list's last name ("A, B, and C"), where the language writes one in a citation. */
  and?: string;
}

const EN: LocaleWords = {
  present: "Present",
  page: "Page",
  pageLabel: "Page %n",
  contact: "Contact",
  equalContribution: "equal contribution",
  grade: "GPA",
  courses: "Courses",
  and: "and",
  sections: {
    summary: "Summary",
    work: "Experience",
    volunteer: "Volunteering",
    education: "Education",
    awards: "Awards",
    certificates: "Certificates",
    publications: "Publications",
    skills: "Skills",
    languages: "Languages",
    interests: "Interests",
    references: "References",
    projects: "Projects",
  },
};

const WORDS: Record<string, LocaleWords> = {
  en: EN,
  zh: {
    present: "至今",
    page: "页",
    pageLabel: "第 %n 页",
    contact: "联系方式",
    equalContribution: "同等贡献",
    grade: "GPA",
    courses: "课程",
    sections: { summary: "简介", work: "工作经历", volunteer: "志愿经历", education: "教育背景", awards: "荣誉奖项", certificates: "证书", publications: "论文发表", skills: "技能", languages: "语言", interests: "兴趣", references: "推荐人", projects: "项目经历" },
  },
  fr: {
    present: "aujourd’hui",
    page: "Page",
    pageLabel: "Page %n",
    contact: "Contact",
    equalContribution: "contribution égale",
    grade: "Moyenne",
    courses: "Cours",
    and: "et",
    sections: { summary: "Profil", work: "Expérience", volunteer: "Bénévolat", education: "Formation", awards: "Distinctions", certificates: "Certifications", publications: "Publications", skills: "Compétences", languages: "Langues", interests: "Centres d’intérêt", references: "Références", projects: "Projets" },
  },
  de: {
    present: "heute",
    page: "Seite",
    pageLabel: "Seite %n",
    contact: "Kontakt",
    equalContribution: "gleicher Beitrag",
    grade: "Note",
    courses: "Kurse",
    and: "und",
    sections: { summary: "Profil", work: "Berufserfahrung", volunteer: "Ehrenamt", education: "Ausbildung", awards: "Auszeichnungen", certificates: "Zertifikate", publications: "Publikationen", skills: "Kenntnisse", languages: "Sprachen", interests: "Interessen", references: "Referenzen", projects: "Projekte" },
  },
  es: {
    present: "actualidad",
    page: "Página",
    pageLabel: "Página %n",
    contact: "Contacto",
    equalContribution: "contribución igual",
    grade: "Nota",
    courses: "Cursos",
    and: "y",
    sections: { summary: "Perfil", work: "Experiencia", volunteer: "Voluntariado", education: "Formación", awards: "Premios", certificates: "Certificados", publications: "Publicaciones", skills: "Habilidades", languages: "Idiomas", interests: "Intereses", references: "Referencias", projects: "Proyectos" },
  },
  ja: {
    present: "現在",
    page: "ページ",
    pageLabel: "%n ページ",
    contact: "連絡先",
    equalContribution: "同等貢献",
    grade: "GPA",
    courses: "履修科目",
    sections: { summary: "概要", work: "職歴", volunteer: "ボランティア", education: "学歴", awards: "受賞歴", certificates: "資格", publications: "業績", skills: "スキル", languages: "語学", interests: "興味", references: "推薦者", projects: "プロジェクト" },
  },
  ko: {
    present: "현재",
    page: "페이지",
    pageLabel: "%n 페이지",
    contact: "연락처",
    equalContribution: "동등 기여",
    grade: "학점",
    courses: "수강 과목",
    sections: { summary: "요약", work: "경력", volunteer: "봉사 활동", education: "학력", awards: "수상", certificates: "자격증", publications: "논문", skills: "기술", languages: "언어", interests: "관심 분야", references: "추천인", projects: "프로젝트" },
  },
};

/** The supported language closest to a BCP 47 tag ("zh-CN" → zh), English when unknown. */
export function resolveLanguage(lang: string | undefined): string {
  const primary = (lang ?? "en").toLowerCase().split(/[-_]/)[0]!;
  return primary in WORDS ? primary : "en";
}

/** The fixed words for a language. */
export function wordsFor(lang: string | undefined): LocaleWords {
  return WORDS[resolveLanguage(lang)]!;
}

/** Formats an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) for a language: "Sep 2021", "2021年9月". */
export function formatDate(iso: string, lang: string | undefined): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (!m) return String(y);
  // the schema's pattern lets "2021-13" through: print it as written rather than invent a month
  if (m > 12) return iso;
  return DATE_LAYOUTS[resolveLanguage(lang)]!(y!, m, d);
}

/** Dates laid out as ICU lays them out with `{ year: "numeric", month: "short", day? }`. */
type DateLayout = (year: number, month: number, day?: number) => string;
const dayFirst =
  (months: string[], afterDay = ""): DateLayout =>
  (y, m, d) =>
    d ? `${d}${afterDay} ${months[m - 1]} ${y}` : `${months[m - 1]} ${y}`;
const kanjiDate: DateLayout = (y, m, d) => `${y}年${m}月${d ? `${d}日` : ""}`;
const DATE_LAYOUTS: Record<string, DateLayout> = {
  en: (y, m, d) => (d ? `${SHORT_MONTHS.en[m - 1]} ${d}, ${y}` : `${SHORT_MONTHS.en[m - 1]} ${y}`),
  fr: dayFirst(SHORT_MONTHS.fr),
  de: dayFirst(SHORT_MONTHS.de, "."),
  es: dayFirst(SHORT_MONTHS.es),
  zh: kanjiDate,
  ja: kanjiDate,
  ko: (y, m, d) => `${y}년 ${m}월${d ? ` ${d}일` : ""}`,
};

/**
 * The dates of an entry as one string. `period` (the source's own wording)
 * wins, because it can say what ISO cannot ("Summer 2026"). A start without an
 * end is still going on.
 */
export function formatPeriod(
  entry: { startDate?: string; endDate?: string; period?: string },
  lang: string | undefined,
): string {
  if (entry.period) return entry.period;
  const { startDate, endDate } = entry;
  if (!startDate) return endDate ? formatDate(endDate, lang) : "";
  const end = endDate ? formatDate(endDate, lang) : wordsFor(lang).present;
  if (endDate === startDate) return formatDate(startDate, lang);
  return `${formatDate(startDate, lang)} – ${end}`;
}
