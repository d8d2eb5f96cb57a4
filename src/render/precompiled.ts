import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type Handlebars from "handlebars";

/**
 * Written by scripts/bundle.mjs beside the bundle: the built-in templates,
 * precompiled by Handlebars, by a digest of their text. Compiling them at
 * run time was a sixth of an HTML-only build.
 */
const PRECOMPILED_FILE = join(dirname(fileURLToPath(import.meta.url)), "precompiled-templates.json");

let precompiled: Map<string, string> | undefined;

/** The key a template's text is found under; scripts/bundle.mjs computes the same. */
function templateKey(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * The template precompiled for exactly this text, or undefined (a user's own
 * template, an edited one, or no bundle: the caller compiles it then).
 */
export function precompiledTemplate(hb: typeof Handlebars, text: string): Handlebars.TemplateDelegate | undefined {
  precompiled ??= readPrecompiled();
  const spec = precompiled.get(templateKey(text));
  // the spec is JavaScript that Handlebars itself generated from vitae's own templates at bundle time
  return spec === undefined ? undefined : hb.template(new Function(`return ${spec};`)() as TemplateSpecification);
}

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

function readPrecompiled(): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(PRECOMPILED_FILE, "utf8")) as Record<string, string>));
  } catch {
    return new Map();
  }
}
