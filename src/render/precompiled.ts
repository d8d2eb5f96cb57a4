import { createHash } from "node:crypto";
import type Handlebars from "handlebars";
import { PRECOMPILED_TEMPLATES } from "./precompiled-templates.js";

/** The key a template's text is found under; scripts/bundle.mjs computes the same. */
function templateKey(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * The template precompiled for exactly this text, or undefined (a user's own
 * template, an edited one, or no bundle: the caller compiles it then).
 * Compiling the built-in templates at run time was a sixth of an HTML-only build.
 */
export function precompiledTemplate(hb: typeof Handlebars, text: string): Handlebars.TemplateDelegate | undefined {
  const spec = PRECOMPILED_TEMPLATES[templateKey(text)];
  return spec && hb.template(spec);
}
