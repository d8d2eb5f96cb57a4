import statuses from "./vocabulary/study-statuses.json" with { type: "json" };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const WORDS = Object.entries(statuses).filter(([key]) => key !== "about").flatMap(([, words]) => words as string[]);
/** "… (graduated)", "… (not completed)": a study's status in brackets closing a phrase. */
const CLOSING_STATUS = new RegExp(`\\s*\\((?:${WORDS.map(escape).join("|")})\\)\\s*$`, "iu");

/**
 * "Eastvale University of Technology, Eastvale (graduated)": how the study stands, said in brackets after the school
 * or its town, is a phrase of its own, so that the town before it reads as the school's place and the school's name
 * keeps no bracket that is not its own.
 */
export function withStudyStatusApart(phrase: string): string[] {
  const status = CLOSING_STATUS.exec(phrase);
  if (!status || status.index === 0) return [phrase];
  // "Keio University, (in progress)": the comma before the bracket set it apart and goes with it
  return [phrase.slice(0, status.index).replace(/\s*[,;]\s*$/u, ""), status[0].trim()];
}
