/**
 * A Chinese, Japanese or Korean school written as one run with its faculty
 * and department ("京都大学工学部情報学科", "연세대학교 환경공학과"), and the
 * enrolment word a 履歴書 puts after it ("入学", "卒業"). Split at the end of
 * the school's own name; the department, the last part, is the field.
 */
import { SCHOOL_TIER } from "../vocabulary.js";

/** "(985 · 保研)", "（211）", "(双一流)": the tiers a Chinese school is ranked in, in brackets of their own. */
const SCHOOL_TIERS = new RegExp(`\\s*[(（]\\s*(?:${SCHOOL_TIER})(?:\\s*[·/,、，]\\s*(?:${SCHOOL_TIER}))*\\s*[)）]\\s*`, "giu");
/** "华中科技大学 985 211": or after the name, set apart by spaces. */
const TRAILING_TIERS = new RegExp(`(?:\\s+(?:${SCHOOL_TIER}))+$`, "iu");
export const withoutSchoolTiers = (text: string) => text.replace(SCHOOL_TIERS, " ").trim().replace(TRAILING_TIERS, "");

// "中国科学院大学", "関西学院大学": a name that holds "学院" goes on to the university it names, unless that word
// begins a graduate school ("京都大学大学院")
const SCHOOL_END = /^(.+?(?:大学院大学|大學院|大学院|大学|大學|高等専門学校|高等学校|専門学校|高校|高専|学院|學院|중학교|고등학교|대학교|대학원|대학)(?:(?:大学|大學)(?!院))?)(\s*(?:\S*?대학원|大学院|大學院))?\s*(.*)$/u;
/** "计算机学院(软件学院) ", "工学部 ": a school's college or faculty written before the field, set apart by a space. */
// "数学与计算机学院 · 软件工程": the separator after the college goes with it
export const COLLEGE_FIRST = /^\S*?(?:学院|學院|学部|學部)(?:[(（][^)）]*[)）])?\s+(?:[·・|｜/]\s*)?(?=\S)/u;
const STAGE = /\s*(入学|入學|卒業|修了|毕业|畢業|졸업|입학|졸업예정|中退|退学)$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A phrase written in CJK scripts alone ("計算機科学与技术", "異文化コミュニケーション学部・学科"), no Latin letter or digit. */
export const CJK_TEXT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー·・（）()&＆\s]+$/u;

export interface CjkSchool {
  institution: string;
  area?: string;
  /** Whether the date beside it is when the study began or ended. */
  stage?: "start" | "end";
  /** The enrolment word as written, kept with the dates. */
  stageWord?: string;
}

export function readCjkSchool(text: string): CjkSchool | undefined {
  if (!CJK.test(text)) return undefined;
  const stage = STAGE.exec(text);
  const name = stage ? text.slice(0, stage.index).trim() : text.trim();
  const m = SCHOOL_END.exec(name);
  if (!m && !stage) return undefined;
  // "京都大学大学院", "東北大学 大学院": the graduate school stays with its university as written
  const institution = m ? `${m[1]}${m[2] ?? ""}`.trim() : name;
  // "工学部情報学科": the department (学科, 専攻, 과) is the field; a faculty before it only says where
  // "暨南大学, 计算机科学与技术": the separator after the school's name is no part of the field
  // "计算机学院(软件学院) 软件工程": the college a field is taught in, before it, only says where, as a faculty does
  const rest = m?.[3]?.replace(/^[\s,，、|｜/·・:：–—-]+/u, "").replace(COLLEGE_FIRST, "").trim() ?? "";
  // "理学研究科（物理学専攻）": a department may be written in brackets after the graduate school it belongs to
  const department = /(?:[^\s]*?(?:学部|學部|研究科))?\s*[（(]?([^\s（(]+(?:学科|學科|専攻|專攻|系|과|전공))[）)]?$/u.exec(rest)?.[1];
  const area = department ?? (rest || undefined);
  const word = stage?.[1];
  const out: CjkSchool = { institution };
  if (area) out.area = area;
  if (word) {
    out.stage = /入学|入學|입학/.test(word) ? "start" : "end";
    out.stageWord = word;
  }
  return out;
}

/** "東都大学 工学部 入学", "東都大学工学部を卒業。": a school named as such (大学, 高等学校, 대학교…) with the enrolment word after it, or undefined. */
export function readCjkEnrolment(text: string): CjkSchool | undefined {
  // "…電子制御工学科を卒業。": the row's first sentence, its particle before the enrolment word dropped
  const first = text.trim().split("。")[0]!.replace(/\s*[をに](?=\S+$)/u, " ");
  const stage = STAGE.exec(first);
  if (!stage || !SCHOOL_END.test(first.slice(0, stage.index).trim())) return undefined;
  return readCjkSchool(first);
}
