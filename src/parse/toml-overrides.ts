import { parse, TomlDate, TomlError } from "smol-toml";
import { diagnose, type Position } from "../diagnostics/diagnostic.js";
import { fail, succeed, type Result } from "../diagnostics/result.js";
import type { YamlOverrides } from "./yaml-overrides.js";

/**
 * Parses TOML front matter (`+++`, as Hugo writes a page's) into the same overrides YAML front matter gives; a syntax
 * error becomes a diagnostic at its line. A key's place is the line that sets it, or names the table that holds it.
 */
export function parseTomlOverrides(path: string, text: string, lineOffset = 0): Result<YamlOverrides | undefined> {
  let value: Record<string, unknown>;
  try {
    value = plain(parse(text)) as Record<string, unknown>;
  } catch (e) {
    if (!(e instanceof TomlError)) throw e;
    const position = e.line ? { line: e.line + lineOffset, column: e.column || 1 } : undefined;
    return fail([diagnose(path, "error", "toml-syntax", `the TOML front matter could not be read: ${e.message.split("\n")[0]}; fix the syntax at this place`, position)]);
  }
  if (!Object.keys(value).length) return succeed(undefined);
  const lines = text.split("\n");
  const keys = new Map<string, Position>();
  const place = (key: string, from: number): number => {
    const sets = new RegExp(String.raw`^\s*(?:\[+\s*)?(?:[\w."-]+\.)?"?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"?\s*(?:=|\]|\.)`);
    const at = lines.findIndex((l, i) => i >= from && sets.test(l));
    return at >= 0 ? at : from;
  };
  const walk = (object: Record<string, unknown>, pointer: string, from: number) => {
    for (const [key, child] of Object.entries(object)) {
      const at = place(key, from);
      const path = `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      keys.set(path, { line: at + 1 + lineOffset, column: 1 });
      if (child && typeof child === "object" && !Array.isArray(child)) walk(child as Record<string, unknown>, path, at);
    }
  };
  walk(value, "", 0);
  return succeed({ file: path, value, keys });
}

/** TOML's values as YAML's reader gives them: plain objects, and a date as the text it was written as ("2023-01-01"). */
function plain(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}
