import { describe, expect, it } from "vitest";
import { classifyTitle, countedTitleKind } from "../../src/parse/section-titles.js";

describe("section titles in many languages", () => {
  it.each([
    ["Additional Information", "other"],
    ["Дополнительная информация", "other"],
    ["Weitere Angaben", "other"],
    ["Informations complémentaires", "other"],
    ["Hackathons and Competitions", "other"],
    ["Competitions", "other"],
    ["補足情報", "other"],
    ["Führerschein", "certificates"],
    ["Водительские права", "certificates"],
    ["Опыт вождения", "certificates"],
    ["Driving experience", "certificates"],
    ["Languages and Tools:", "skills"],
    ["Connect with me:", "contact"],
    ["Academic posts", "work"],
    ["Posts held", "work"],
    ["Blog posts", "blogs"],
    ["Berufserfahrung", "work"],
    ["Beruflicher Werdegang", "work"],
    ["Werkervaring", "work"],
    ["Doświadczenie zawodowe", "work"],
    ["İş Deneyimi", "work"],
    ["Опыт работы", "work"],
    ["Досвід роботи", "work"],
    ["Experiência Profissional", "work"],
    ["Kinh nghiệm làm việc", "work"],
    ["Pengalaman Kerja", "work"],
    ["工作经历", "work"],
    ["任職經歷", "work"],
    ["職務経歴", "work"],
    ["경력사항", "work"],
    ["Actividades Anteriores", "work"],
    ["Activités professionnelles", "work"],
    ["Actividades", "service"],
    ["Communication and interpersonal skills", "skills"],
    ["Seminar & Workshop Presentations", "talks"],
    ["Opleiding", "education"],
    ["Wykształcenie", "education"],
    ["Eğitim", "education"],
    ["Образование", "education"],
    ["Formação Acadêmica", "education"],
    ["学歴", "education"],
    ["학력", "education"],
    ["Навыки", "skills"],
    ["Yetenekler", "skills"],
    ["기술 스택", "skills"],
    ["スキル", "skills"],
    ["專案經驗", "projects"],
    ["受賞歴", "awards"],
    ["SPRÅK", "languages"],
    ["Språkkunskaper", "languages"],
    ["Sprog", "languages"],
    ["Kielitaito", "languages"],
    ["Jazykové znalosti", "languages"],
    ["Nyelvtudás", "languages"],
    ["Limbi străine", "languages"],
    ["Färdigheter", "skills"],
    ["Kompetencer", "skills"],
    ["Ferdigheter", "skills"],
    ["Osaaminen", "skills"],
    ["Dovednosti", "skills"],
    ["Készségek", "skills"],
    ["Competențe tehnice", "skills"],
    ["Fritidsintressen", "interests"],
    ["Harrastukset", "interests"],
    ["Certifieringar", "certificates"],
    ["Utmärkelser", "awards"],
    ["Publikationer", "publications"],
    ["Referanser", "references"],
    ["Ideellt arbete", "volunteer"],
    ["Yhteystiedot", "contact"],
    ["Övrigt", "other"],
    ["我擅长", "skills"],
    ["執筆実績", "publications"],
    ["Personalien", "contact"],
    ["Profil Lengkap", "summary"],
    ["Mon profil", "summary"],
    ["Teaching Assistant", undefined],
    ["Project Manager", undefined],
  ])("reads %s as %s", (title, kind) => {
    expect(classifyTitle(title)).toBe(kind);
  });

  it.each([
    ["Refereed Journal Publications", "publications"],
    ["Refereed Articles", "publications"],
    ["Publications in Peer-Reviewed Journals", "publications"],
    ["Technical Reports", "publications"],
    ["Manuscripts in Preparation", "publications"],
    ["Students Supervised", "teaching"],
    ["Graduate Students Supervised", "teaching"],
    ["Mentoring", "teaching"],
    ["Works in progress", "publications"],
    ["Peer review service", "service"],
    ["Speeches", "talks"],
    ["Freelance", "work"],
    ["Military Service", "work"],
    ["Online Presence", "contact"],
    ["Find me online", "contact"],
    ["Biographical Information", "contact"],
    ["Expériences de travail", "work"],
    ["Renseignements personnels", "contact"],
    ["Mon expérience", "work"],
    ["Mi experiencia", "work"],
    ["Minha experiência", "work"],
  ])("reads a CV's title %s as %s", (title, kind) => {
    expect(classifyTitle(title)).toBe(kind);
  });

  it("does not read a bare 'Online', which labels a group of skills, courses or teaching as often as contacts, as a title of contacts", () => {
    expect(classifyTitle("Online")).not.toBe("contact");
  });

  it("ignores icons, numbering, markup, a trailing colon and accents left out", () => {
    expect(classifyTitle("💼 Experience")).toBe("work");
    // a person emoji in a skin tone is the pictograph, its tone modifier and a joined sign, none of which is a word
    expect(classifyTitle("👩🏻\u200d💻 Work Experience")).toBe("work");
    expect(classifyTitle("🙋🏽‍♂️ About me")).toBe("summary");
    expect(classifyTitle("\uf0b1 Skills")).toBe("skills");
    expect(classifyTitle("2. Education:")).toBe("education");
    expect(classifyTitle("IV. Publications")).toBe("publications");
    expect(classifyTitle("== PROJECTS ==")).toBe("projects");
    expect(classifyTitle("Formacion academica")).toBe("education");
    expect(classifyTitle("Top Skills (as listed online)")).toBe("skills");
    expect(classifyTitle("Experience :office:")).toBe("work");
    expect(classifyTitle(":mortar_board: Education")).toBe("education");
  });

  it.each([
    ["ΣΠΟΥΔΕΣ", "education"],
    ["Εκπαίδευση και κατάρτιση", "education"],
    ["Τεχνικές Δεξιότητες", "skills"],
    ["Πιστοποιήσεις", "certificates"],
    ["Ξένες Γλώσσες", "languages"],
    ["ניסיון תעסוקתי", "work"],
    ["השכלה", "education"],
    ["כישורים", "skills"],
    ["الخبرات العملية", "work"],
    ["المؤهلات العلمية", "education"],
    ["المهارات التقنية", "skills"],
    ["اللغات", "languages"],
    ["Doświadczenie komercyjne", "work"],
    ["Educação e Formação Técnica", "education"],
    ["Tietokonetaidot", "skills"],
    ["Tanulmányok és Nyelvtudás", "education"],
    ["Oktatás és képzés", "education"],
    ["Pracovné skúsenosti", "work"],
    ["Uddannelse og træning", "education"],
  ])("reads %s, a title in a language with fewer CVs on GitHub (Greek in capitals, Hebrew, Arabic, Europass's), as %s", (title, kind) => {
    expect(classifyTitle(title)).toBe(kind);
  });

  it("reads an academic CV's supervision or mentoring experience as teaching, its students no employers", () => {
    expect(classifyTitle("Supervision experience")).toBe("teaching");
    expect(classifyTitle("Student Supervision Experience")).toBe("teaching");
    expect(classifyTitle("Mentoring Experience")).toBe("teaching");
    expect(classifyTitle("Advising and Mentoring")).toBe("teaching");
    expect(classifyTitle("Supervisory Experience")).toBe("work");
  });

  it("weighs keywords in titles not known whole, with qualifiers in any language", () => {
    expect(classifyTitle("Leadership Experience")).toBe("work");
    expect(classifyTitle("Proyectos técnicos destacados")).toBe("projects");
    expect(classifyTitle("Wybrane projekty")).toBe("projects");
    expect(classifyTitle("Core Skills / Technologies")).toBe("skills");
    expect(classifyTitle("Honors, Awards, and Fellowships")).toBe("awards");
    expect(classifyTitle("Teaching and Employment")).toBe("work");
  });

  it("reads a title whose head noun is 'Experience' after one word that qualifies it as work, and funding titles as awards", () => {
    expect(["Undergraduate Experience", "Graduate Experience", "Relevant Experience", "Sales Experience"].map(classifyTitle)).toEqual(Array(4).fill("work"));
    expect(classifyTitle("Sailing experience")).toBeUndefined();
    expect(classifyTitle("Teaching Experience")).toBe("teaching");
    expect(classifyTitle("Driving experience")).toBe("certificates");
    expect(classifyTitle("Family Background")).toBeUndefined();
    expect(classifyTitle("Extensive experience:")).toBeUndefined();
    expect(classifyTitle("Miscellaneous Experience")).toBe("other");
    expect(["Research Funds", "Grants and Funding", "Funding", "Funds"].map(classifyTitle)).toEqual(Array(4).fill("awards"));
  });

  it("reads a title that ends in 'Placement', the British student's time in industry, as work, though 'placement' also ends a job's title", () => {
    expect(["Work Placement", "Industrial Placements", "Clinical Placements", "Employment and Placement", "Career and Placement", "Praktika und Placement"].map(classifyTitle)).toEqual(Array(6).fill("work"));
  });

  it("reads a title whose parenthetical changes what it holds as the title known with it, and drops any other", () => {
    expect(classifyTitle("職務経歴（概要）")).toBe("summary");
    expect(classifyTitle("職務経歴(詳細)")).toBe("work");
    expect(classifyTitle("Experience (selected)")).toBe("work");
  });

  it("reads 'Natural Language', the spoken languages a programmer's CV sets apart from programming ones, as languages", () => {
    expect(classifyTitle("Natural Language")).toBe("languages");
  });

  it("reads a career's objectives as a summary and what was taught as teaching, and leaves a teaching section's 'Undergraduate Courses' to it", () => {
    expect(classifyTitle("Career Objectives")).toBe("summary");
    expect(classifyTitle("Undergraduate Courses")).toBeUndefined();
    expect(classifyTitle("Graduate Courses")).toBeUndefined();
    expect(classifyTitle("Workshops Taught")).toBe("teaching");
    expect(classifyTitle("Classes Taught")).toBe("teaching");
    expect(classifyTitle("Graduate Students")).toBe("teaching");
  });

  it("reads a profile page's title that goes on in a clause about its author by the noun before the clause", () => {
    expect(classifyTitle("🛠 Projects I’m currently building / maintaining:")).toBe("projects");
    expect(classifyTitle("Projects I've worked on")).toBe("projects");
    expect(classifyTitle("Technologies I use")).toBe("skills");
    expect(classifyTitle("What I'm working on")).toBeUndefined();
    expect(classifyTitle("Hi, I'm Sam")).toBeUndefined();
  });

  it("reads a title naming both education and work as education-work", () => {
    expect(classifyTitle("学歴・職歴")).toBe("education-work");
    expect(classifyTitle("Education & Experience")).toBe("education-work");
    expect(classifyTitle("Education and Research Experience")).toBe("education-work");
    expect(classifyTitle("Education and Training")).toBe("education");
  });

  it("reads a Chinese compound title by its last word, the kind the others qualify", () => {
    expect(classifyTitle("工作论文")).toBe("publications");
    expect(classifyTitle("项目奖")).toBe("awards");
    expect(classifyTitle("工作经历")).toBe("work");
    expect(classifyTitle("专业技能与证书")).toBe("skills");
  });

  it("reads a bilingual title by either half, but not an entry in two parts", () => {
    expect(classifyTitle("資訊技能 - Computer Skills")).toBe("skills");
    expect(classifyTitle("工作經歷 – Work Experience")).toBe("work");
    expect(classifyTitle("Acme Shelter – Volunteer")).toBeUndefined();
  });

  it("does not read entries, sentences, table headers or document titles as section titles", () => {
    expect(classifyTitle("Managed several projects")).toBeUndefined();
    expect(classifyTitle("Fake News Detector")).toBeUndefined();
    expect(classifyTitle("Volunteer at the City Food Bank")).toBeUndefined();
    expect(classifyTitle("Sailing experience")).toBeUndefined();
    expect(classifyTitle("Преподаватель")).toBeUndefined();
    expect(classifyTitle("Role: Internship")).toBeUndefined();
    expect(classifyTitle("Skill\tYears of experience")).toBeUndefined();
    expect(classifyTitle("Acme Labs (2019 – 2023)")).toBeUndefined();
    expect(classifyTitle("Education: 2010 - 2014")).toBeUndefined();
    expect(classifyTitle("Highlights (2017 – 2023)")).toBeUndefined();
    expect(classifyTitle("Curriculum Vitae")).toBeUndefined();
    expect(classifyTitle("職務経歴書")).toBeUndefined();
  });
});

describe("a title followed by how long the career has run", () => {
  it("reads the title before a length of time, and not before a phone number or a degree", () => {
    expect(countedTitleKind("💼 경력 : 5년 2개월")).toBe("work");
    expect(countedTitleKind("Опыт работы: 3 года")).toBe("work");
    expect(countedTitleKind("Contact: +49 30 1234567")).toBeUndefined();
    expect(countedTitleKind("Education: BSc 2019")).toBeUndefined();
  });
});
