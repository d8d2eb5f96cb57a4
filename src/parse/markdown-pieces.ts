import type { Nodes, Root, RootContent } from "mdast";
import { normalizeIdentifier } from "micromark-util-normalize-identifier";
import type { Extension } from "micromark-util-types";
import { closesFence, fenceOpening } from "./code-fences.js";

/** Parses one piece of Markdown, taking the given labels (normalised as micromark keeps them) as defined. */
export type ParsePiece = (text: string, definedElsewhere: readonly string[]) => Root;

/**
 * Pieces of about this many characters keep micromark's cost near linear: it
 * splices its event lists, which costs more than the text grows (one 4,900
 * character piece of the largest corpus CV parsed in twice the time of its
 * two halves). Measured warm on that CV, in turns: 65 ms to read it at
 * 16,000 or 2,000, 49 ms at 1,000; over the whole corpus, no difference.
 */
const PIECE_CHARS = 1_000;

/**
 * Parses a large source in pieces cut where no block can continue, and joins
 * their trees with each node on its line in the whole source: the same tree
 * as a whole parse, wherever the pieces are cut (the property test in
 * test/parse holds it to that). A reference
 * (`[paper][c1]`) whose definition sits in another piece is read as in the
 * whole: a piece that may use another's label is parsed again, told it.
 */
export function parseInPieces(text: string, parse: ParsePiece, pieceChars = PIECE_CHARS): Root {
  const cut = cutPieces(text, pieceChars);
  if (cut.length === 1) return parse(text, []);
  const { pieces, trees } = parseJoiningRunOns(cut, parse);
  const labels = trees.map((tree) => definedIn(tree));
  const everyLabel = new Set(labels.flatMap((own) => [...own]));
  const root: Root = { type: "root", children: [] };
  pieces.forEach((piece, i) => {
    const elsewhere = [...everyLabel].filter((label) => !labels[i]!.has(label));
    const tree = usesAny(piece.text, elsewhere) ? parse(piece.text, elsewhere) : trees[i]!;
    for (const node of tree.children) root.children.push(shiftLines(node, piece.line - 1, piece.offset));
  });
  return root;
}

/**
 * Each piece's tree, a piece joined to the next while its last block runs on
 * past its end: the line tests that cut the pieces cannot see every way a
 * code fence or an HTML comment opens (a fence's line inside an HTML block
 * opens none), and the tree of the piece can.
 */
function parseJoiningRunOns(cut: readonly Piece[], parse: ParsePiece): { pieces: Piece[]; trees: Root[] } {
  const pieces: Piece[] = [];
  const trees: Root[] = [];
  for (let i = 0; i < cut.length; i++) {
    let piece = cut[i]!;
    let tree = parse(piece.text, []);
    while (i + 1 < cut.length && runsOn(tree, piece.text)) {
      piece = { ...piece, text: `${piece.text}\n${cut[++i]!.text}` };
      tree = parse(piece.text, []);
    }
    pieces.push(piece);
    trees.push(tree);
  }
  return { pieces, trees };
}

/**
 * Whether a tree's last block, or the last block inside its last list item
 * or quote, is a code fence or an HTML block of the kinds a blank line does
 * not end, left open at the text's end. Its lines are read from the column
 * it starts at, past its containers' markers and indents.
 */
function runsOn(tree: Root, text: string): boolean {
  let last: Nodes | undefined = tree.children.at(-1);
  while (last && (last.type === "list" || last.type === "listItem" || last.type === "blockquote")) last = last.children.at(-1);
  if (!last?.position || (last.type !== "code" && last.type !== "html")) return false;
  const { start, end } = last.position;
  const lines = text.split("\n");
  const lineFrom = (line: number) => (lines[line - 1] ?? "").slice(start.column - 1);
  if (last.type === "html") {
    const [open, close] = HTML_BLOCKS.find(([opening]) => opening.test(lineFrom(start.line))) ?? [];
    return open !== undefined && close !== undefined && !close.test(last.value.slice(last.value.search(/</) + 2));
  }
  const fence = fenceOpening(lineFrom(start.line));
  return fence !== undefined && (end.line === start.line || !closesFence(lineFrom(end.line), fence));
}

/** The labels a tree defines, normalised as micromark compares them. */
export function definedIn(tree: Root): ReadonlySet<string> {
  const labels = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === "definition") labels.add(normalizeIdentifier(node.label ?? node.identifier));
    else if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return labels;
}

/**
 * A micromark extension that takes `labels` as defined, as definitions
 * elsewhere in the document make them. micromark reads a reference only
 * where its label is defined (`parser.defined`, filled as definitions are
 * read, and consulted only when inline text is read after the blocks), so
 * the labels are added when the first block is tried.
 */
export function labelsDefinedElsewhere(labels: readonly string[]): Extension {
  let added = false;
  return {
    flow: {
      null: [
        {
          tokenize(_effects, _ok, nok) {
            if (!added) this.parser.defined.push(...labels);
            added = true;
            return nok;
          },
        },
      ],
    },
  };
}

/** A bracketed text that could be a reference's label. */
const BRACKETED = /\[((?:[^[\]\\]|\\.){1,999})\]/g;

function usesAny(text: string, labels: readonly string[]): boolean {
  if (!labels.length) return false;
  const wanted = new Set(labels);
  for (const [, label] of text.matchAll(BRACKETED)) if (wanted.has(normalizeIdentifier(label!))) return true;
  return false;
}

/** A piece of the source: its text, and the line and character offset in the source it starts at. */
type Piece = { text: string; line: number; offset: number };

/** A piece that began with this line would read what follows as front matter. */
const FRONT_MATTER_FENCE = /^(?:---|\+\+\+)[ \t]*$/;
/** A list item's marker, which after a blank line goes on with the list above. */
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** CommonMark's HTML blocks that a blank line does not end (kinds 1 to 5), each with the text that does. */
const HTML_BLOCKS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![a-zA-Z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Cuts before a line no block can run into: after a blank line, unindented,
 * no list item (which would go on with a list above) and no `---` (which
 * would open front matter at a piece's start); never inside front matter, a code fence, or an HTML block that only its closing text ends.
 */
function cutPieces(text: string, pieceChars: number): Piece[] {
  if (text.length <= pieceChars) return [{ text, line: 1, offset: 0 }];
  const lines = text.split("\n");
  const pieces: Piece[] = [];
  let start = 0;
  let offset = 0;
  let size = 0;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let frontMatterOpen = lines[0] === "---" || lines[0] === "+++";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const inside = fence !== undefined || htmlEnd !== undefined || frontMatterOpen;
    const safe = !inside && i > start && lines[i - 1]!.trim() === "" && /^\S/.test(line) && !LIST_ITEM.test(line) && !FRONT_MATTER_FENCE.test(line);
    if (safe && size >= pieceChars) {
      pieces.push({ text: lines.slice(start, i).join("\n"), line: start + 1, offset });
      offset += pieces.at(-1)!.text.length + 1;
      start = i;
      size = 0;
    }
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else if (!frontMatterOpen) {
      fence = fenceOpening(line);
      const [open, end] = fence ? [] : (HTML_BLOCKS.find(([opening]) => opening.test(line)) ?? []);
      if (open && end && !end.test(line.slice(line.search(open) + 2))) htmlEnd = end;
    }
    if (i > 0 && (line === "---" || line === "+++" || line === "...")) frontMatterOpen = false;
    size += line.length + 1;
  }
  pieces.push({ text: lines.slice(start).join("\n"), line: start + 1, offset });
  return pieces;
}

/** Moves a node parsed from a part of the source to its place in the whole: `by` lines down and, where the part is a piece cut from it, `chars` characters on. */
export function shiftLines<T extends RootContent>(node: T, by: number, chars?: number): T {
  if (node.position) {
    node.position.start.line += by;
    node.position.end.line += by;
    if (chars !== undefined && node.position.start.offset !== undefined) node.position.start.offset += chars;
    if (chars !== undefined && node.position.end.offset !== undefined) node.position.end.offset += chars;
  }
  if ("children" in node) for (const child of node.children) shiftLines(child as RootContent, by, chars);
  return node;
}
