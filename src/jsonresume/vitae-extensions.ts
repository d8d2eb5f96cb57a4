/**
 * Where `--format jsonresume` keeps what strict JSON Resume has no field for:
 * `meta.vitae.extensions`, a map from JSON pointer to value. `meta` accepts any
 * key in the official schema, so the file stays valid, and reading it back
 * puts every value where it was.
 */
const EXTENSIONS_KEY = "vitae";

type Json = Record<string, unknown>;

/** Moves the values at `pointers` out of `document` into `meta.vitae.extensions`; returns a new document. */
export function stashExtensions(document: Json, pointers: readonly string[]): Json {
  const out = structuredClone(document);
  const stash: Json = {};
  // deepest and last first, so removing an array item never shifts another stashed pointer
  for (const pointer of [...pointers].sort(comparePointersDescending)) {
    const value = removeAt(out, pointer);
    if (value !== undefined) stash[pointer] = value;
  }
  if (!Object.keys(stash).length) return out;
  const meta = (out.meta ?? {}) as Json;
  out.meta = { ...meta, [EXTENSIONS_KEY]: { extensions: sortKeys(stash) } };
  return out;
}

/** Puts the values of `meta.vitae.extensions` back at their pointers; the inverse of stashExtensions. */
export function restoreExtensions(document: unknown): unknown {
  if (!isObject(document) || !isObject(document.meta)) return document;
  const stash = document.meta[EXTENSIONS_KEY];
  if (!isObject(stash) || !isObject(stash.extensions)) return document;
  const out = structuredClone(document);
  const meta = out.meta as Json;
  delete meta[EXTENSIONS_KEY];
  if (!Object.keys(meta).length) delete out.meta;
  for (const [pointer, value] of Object.entries(stash.extensions).sort(([a], [b]) => -comparePointersDescending(a, b))) setAt(out, pointer, value);
  return out;
}

function removeAt(root: Json, pointer: string): unknown {
  const keys = splitPointer(pointer);
  const last = keys.pop()!;
  let node: unknown = root;
  for (const k of keys) node = isObject(node) || Array.isArray(node) ? (node as Json)[k] : undefined;
  if (Array.isArray(node)) return node.splice(Number(last), 1)[0];
  if (!isObject(node)) return undefined;
  const value = node[last];
  delete node[last];
  return value;
}

function setAt(root: Json, pointer: string, value: unknown): void {
  const keys = splitPointer(pointer);
  const last = keys.pop()!;
  let node: Json = root;
  for (const [i, k] of keys.entries()) {
    const next = keys[i + 1] ?? last;
    node[k] ??= /^\d+$/.test(next) ? [] : {};
    node = node[k] as Json;
  }
  if (Array.isArray(node)) node.splice(Number(last), 0, value);
  else node[last] = value;
}

function splitPointer(pointer: string): string[] {
  return pointer
    .split("/")
    .slice(1)
    .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Orders pointers so that later array indices and deeper paths come first. */
function comparePointersDescending(a: string, b: string): number {
  const ka = splitPointer(a);
  const kb = splitPointer(b);
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
    if (ka[i] === kb[i]) continue;
    const na = Number(ka[i]);
    const nb = Number(kb[i]);
    if (Number.isInteger(na) && Number.isInteger(nb)) return nb - na;
    return ka[i]! < kb[i]! ? 1 : -1;
  }
  return kb.length - ka.length;
}

function sortKeys(object: Json): Json {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => -comparePointersDescending(a, b)));
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
