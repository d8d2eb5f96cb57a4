/** Finds the résumé's owner in an author list, so themes can set their name in bold. */

/** The ways a name is written in author lists: "Xueshen Liu", "X Liu", "X. Liu", "Liu, X.", "Liu X". */
export function ownerPatterns(name: string | undefined): RegExp[] {
  if (!last || last.name !== name) last = { name, patterns: compileOwnerPatterns(name) };
  return last.patterns;
}

/** The HTML and the LaTeX of a résumé, rendered one after the other, ask for the same owner: compiled once. */
let last: { name: string | undefined; patterns: RegExp[] } | undefined;

function compileOwnerPatterns(name: string | undefined): RegExp[] {
  const parts = (name ?? "").normalize("NFKC").split(/\s+/).filter((p) => /^\p{L}/u.test(p));
  if (parts.length < 2) return [];
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const initial = first[0]!;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [
    new RegExp(`^${esc(first)}\\s+(?:\\p{L}\\.?\\s+)*${esc(last)}$`, "iu"),
    new RegExp(`^${esc(initial)}\\.?(?:\\s*\\p{Lu}\\.?)*\\s+${esc(last)}$`, "u"),
    new RegExp(`^${esc(last)},?\\s+${esc(initial)}\\.?(?:\\s*\\p{Lu}\\.?)*$`, "u"),
  ];
}

export interface AuthorView {
  name: string;
  isOwner: boolean;
  /** The author carries an equal-contribution mark (`*`, `†`). */
  equal: boolean;
}

/** Splits markers off each author and flags the owner. */
export function describeAuthors(authors: readonly string[], owner: RegExp[]): AuthorView[] {
  return authors.map((raw) => {
    const trimmed = raw.trim().replace(/^[*_]+(.*?)[*_]+$/, "$1");
    const mark = /[*†‡]+$/.exec(trimmed);
    const name = mark ? trimmed.slice(0, mark.index).trim() : trimmed;
    return { name, isOwner: owner.some((re) => re.test(name)), equal: Boolean(mark) };
  });
}
