import type { PhrasingContent } from "mdast";

/**
 * The fast path's inline reader: text, `*`/`**` emphasis, `[text](url)`,
 * backslash escapes, hard breaks and GFM bare links, which is nearly all the
 * inline markup a CV uses. Anything it cannot read exactly as micromark would
 * throws `Unsupported`, and the caller parses that stretch with micromark.
 */
export class Unsupported extends Error {}

type Item = PhrasingContent | { type: "delim"; count: number; open: boolean; close: boolean };

const PUNCT = /[!-/:-@[-`{-~\p{P}\p{S}]/u;
const LINK = /^\[([^[\]\\`<]*)\]\(([^()\s<>\\]*)\)/;
const URL_START = /^(?:https?:\/\/|www\.)/i;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** Reads one paragraph's or heading's raw text (lines already trimmed) into phrasing nodes. */
export function parseInline(text: string, line: number): PhrasingContent[] {
  const items: Item[] = [];
  let buf = "";
  let bufLine = line;
  let cur = line;
  const flush = () => {
    if (buf) items.push({ type: "text", value: buf, position: pos(bufLine) });
    buf = "";
  };
  const add = (s: string) => {
    if (!buf) bufLine = cur;
    buf += s;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const rest = text.slice(i, i + 512);
    if (ch === "\\") {
      const next = text[i + 1];
      if (next === "\n") {
        flush();
        items.push({ type: "break" });
      } else if (next !== undefined && /[!-/:-@[-`{-~]/.test(next)) add(next);
      else add(ch + (next ?? ""));
      i += next === undefined ? 1 : 2;
      if (next === "\n") cur++;
      continue;
    }
    if (ch === "\n") {
      const hard = / {2,}$/.test(buf);
      buf = buf.replace(/ +$/, "");
      if (hard) {
        flush();
        items.push({ type: "break" });
      } else add("\n");
      cur++;
      i++;
      continue;
    }
    if (ch === "*") {
      let n = 1;
      while (text[i + n] === "*") n++;
      if (n > 2) throw new Unsupported("emphasis run");
      const before = i === 0 ? " " : text[i - 1]!;
      const after = text[i + n] ?? " ";
      const left = !/\s/.test(after) && (!PUNCT.test(after) || /\s/.test(before) || PUNCT.test(before));
      const right = !/\s/.test(before) && (!PUNCT.test(before) || /\s/.test(after) || PUNCT.test(after));
      flush();
      items.push({ type: "delim", count: n, open: left, close: right });
      i += n;
      continue;
    }
    if (ch === "[") {
      const m = LINK.exec(rest);
      if (!m) {
        if (/^\[[^\]]*\]\(/.test(rest)) throw new Unsupported("link");
        add(ch);
        i++;
        continue;
      }
      flush();
      items.push({ type: "link", url: m[2]!, title: null, children: parseInline(m[1]!, cur), position: pos(cur) });
      i += m[0].length;
      continue;
    }
    const boundary = i === 0 || /[\s(*~]/.test(text[i - 1]!);
    if (boundary && URL_START.test(rest)) {
      const url = trimUrl(/^\S+/.exec(rest)![0]);
      if (!/^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/i.test(url)) throw new Unsupported("bare link");
      flush();
      const href = /^www\./i.test(url) ? `http://${url}` : url;
      items.push({ type: "link", url: href, title: null, children: [{ type: "text", value: url }], position: pos(cur) });
      i += url.length;
      continue;
    }
    if (/[\w.+-]/.test(ch) && (i === 0 || !/[\w.+\-@/]/.test(text[i - 1]!))) {
      const m = EMAIL.exec(rest);
      if (m) {
        const email = m[0].replace(/[.]+$/, "");
        if (/[-_]$/.test(email)) throw new Unsupported("email");
        flush();
        items.push({ type: "link", url: `mailto:${email}`, title: null, children: [{ type: "text", value: email }], position: pos(cur) });
        i += email.length;
        continue;
      }
    }
    add(ch);
    i++;
  }
  buf = buf.replace(/ +$/, "");
  flush();
  return nestEmphasis(items);
}

/** GFM drops trailing punctuation and an unbalanced closing parenthesis from a bare link. */
function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    const before = u;
    u = u.replace(/[?!.,:*_~'"]+$/, "");
    if (u.endsWith(")") && (u.match(/\(/g) ?? []).length < (u.match(/\)/g) ?? []).length) u = u.slice(0, -1);
    if (/[<>]/.test(u) || /&[a-z]+;?$/i.test(u)) throw new Unsupported("bare link");
    if (u === before) return u;
  }
}

/** Pairs `*` and `**` runs into emphasis and strong; a run left open that could pair differently is not guessed at. */
function nestEmphasis(items: Item[]): PhrasingContent[] {
  const out: Item[] = [];
  for (const item of items) {
    if (item.type !== "delim" || !item.close) {
      out.push(item);
      continue;
    }
    let j = out.length - 1;
    while (j >= 0 && !(out[j]!.type === "delim" && (out[j] as { open: boolean }).open)) j--;
    if (j < 0) {
      if (item.open) out.push(item);
      else out.push({ type: "text", value: "*".repeat(item.count) });
      continue;
    }
    const opener = out[j] as { count: number; close: boolean };
    if (opener.count !== item.count || (item.open || opener.close)) throw new Unsupported("ambiguous emphasis");
    const children = out.splice(j).slice(1) as PhrasingContent[];
    if (children.some((c) => (c as Item).type === "delim")) throw new Unsupported("crossed emphasis");
    out.push(item.count === 2 ? { type: "strong", children } : { type: "emphasis", children });
  }
  return out.map((item) => {
    if (item.type !== "delim") return item;
    if (item.open || item.close) throw new Unsupported("unpaired emphasis");
    return { type: "text", value: "*".repeat(item.count) };
  });
}

function pos(line: number) {
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}
