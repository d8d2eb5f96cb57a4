import { withoutDecoration } from "./normalize.js";
/**
 * The vocabulary of section titles. Both parsers use it to recognise a heading
 * in plain text, and extraction uses it to decide what a section holds.
 */
export type SectionKind =
  | "summary"
  | "contact"
  | "work"
  | "volunteer"
  | "education"
  | "publications"
  | "patents"
  | "projects"
  | "awards"
  | "certificates"
  | "skills"
  | "languages"
  | "interests"
  | "references"
  | "talks"
  | "teaching"
  | "service"
  | "news"
  | "open-source"
  | "blogs"
  | "education-work";

/** Whole-title patterns, tried in order; a title matches after qualifiers such as "Selected" are removed. */
const TITLES: Array<[SectionKind, RegExp]> = [
  ["summary", /^(about|about me|summary|profile|objective|career objective|research interests?|interests and research|research statement|bio|biography|overview|introduction|personal statement|statement|à propos|a propos|profil|zusammenfassung|über mich|kurzprofil|perfil|perfil profesional|resumen|sobre mí|acerca de mí|profilo|sobre mim|resumo|个人简介|简介|自我评价|研究兴趣|研究方向|个人总结)$/],
  ["contact", /^(contact|contacts|contact information|contact details|kontakt|coordonnées|contacto|datos de contacto|contatti|contato|联系方式)$/],
  ["teaching", /^(teaching|teaching experience|teaching assistantships?|enseignement|lehre|教学经历)$/],
  ["volunteer", /^(volunteer|volunteering|volunteer experience|bénévolat|ehrenamt|志愿者经历)$/],
  ["work", /^(experience|experiences|work|employment|employment history|work history|career|positions|appointments|internships?|industry experience|professional background|berufserfahrung|berufliche erfahrung|praktika|expérience|expériences|expériences? professionnelles?|parcours|berufliche erfahrungen?|工作经历|实习经历|工作经验|experiencia|experiencia laboral|experiencia profesional|esperienza|esperienze lavorative|esperienza professionale|experiência|experiência profissional|研究经历|科研经历)$/],
  ["education", /^(education|educational background|academic background|academic milestones|academics|degrees|qualifications|schooling|ausbildung|bildung|bildungsweg|studium|formation|études|educación|formación|formación académica|estudios|istruzione|formazione|educação|formação|教育|教育背景|教育经历|学历)$/],
  ["patents", /^(patents?|brevets|patente|专利)$/],
  ["publications", /^(publications?|papers|peer reviewed papers|journal articles|conference papers|preprints|bibliography|publicaciones|pubblicazioni|publicações|publikationen|veröffentlichungen|论文|发表论文|学术论文)$/],
  ["open-source", /^(open[- ]?source|open[- ]?source contributions?|open[- ]?source projects|contributions)$/],
  ["projects", /^(projects?|research projects|side projects|personal projects|portfolio|projets|projekte|proyectos|progetti|projetos|项目|项目经历|项目经验)$/],
  ["awards", /^(awards?|honou?rs|honou?rs and awards|scholarships?|fellowships?|prizes|achievements|distinctions|grants|premios|reconocimientos|premi|prêmios|auszeichnungen|preise|prix|récompenses|获奖|获奖经历|荣誉|奖项)$/],
  ["certificates", /^(certifications?|certificates?|licenses|zertifikate|certificaciones|certificados|certificazioni|证书)$/],
  ["skills", /^(skills|skill set|skillset|technical skills|competencies|core competencies|technologies|tools|expertise|kenntnisse|fähigkeiten|compétences|habilidades|competencias|conocimientos|competenze|competências|技能|专业技能)$/],
  ["languages", /^(languages|language skills|sprachen|sprachkenntnisse|langues|idiomas|lingue|línguas|语言|语言能力)$/],
  ["interests", /^(interests|hobbies|hobbies and interests|loisirs|centres d'intérêt|interessen|intereses|aficiones|interessi|兴趣爱好)$/],
  ["references", /^(references|referees|referenzen|références)$/],
  ["talks", /^(talks|presentations|speaking|invited talks|conference talks|vorträge|exposés|charlas|conferencias|报告)$/],
  ["service", /^(service|services|academic service|professional service|activities|professional activities|leadership|reviewing|服务)$/],
  ["news", /^(news|updates|recent news|latest news|announcements|新闻|动态)$/],
  ["blogs", /^(blogs?|blog posts|posts|writing|writings|articles|博客)$/],
];

/** Words that qualify a title without changing its kind ("Selected Publications", "Tech Blogs"). */
const QUALIFIERS = /^(selected|recent|relevant|key|other|additional|professional|academic|technical|tech|research|work|invited|major|main|my|honors|personal|industry|scientific|peer-reviewed|top|core)\s+/;

/** Kinds kept as custom sections, which yield to a standard kind in a combined title. */
const CUSTOM_KINDS = new Set<SectionKind>(["talks", "teaching", "service", "news", "blogs", "contact"]);

/** What a section titled `title` holds, or undefined when the title is not a known one. */
export function classifyTitle(title: string): SectionKind | undefined {
  const plain = withoutDecoration(title)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[*_#:：|=~]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!plain || plain.length > 60) return undefined;
  const direct = matchTitle(plain);
  if (direct) return direct;
  // "Publications & Patents", "Awards and Scholarships": the first part decides
  const parts = plain.split(/\s*(?:&|\band\b|,|\/|\+|与|和)\s*/).filter(Boolean);
  // a section JSON Resume has a place for wins over one it has not ("Activities & Awards" holds awards)
  const kinds = parts.map(matchTitle);
  if (parts.length > 1 && kinds.every(Boolean)) return kinds.find((k) => !CUSTOM_KINDS.has(k!)) ?? kinds[0];
  return undefined;
}

function matchTitle(plain: string): SectionKind | undefined {
  for (let candidate = plain, i = 0; i < 3; i++) {
    for (const [kind, re] of TITLES) if (re.test(candidate)) return kind;
    const stripped = candidate.replace(QUALIFIERS, "");
    if (stripped === candidate) break;
    candidate = stripped;
  }
  return undefined;
}
