import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import type { Command } from "commander";
import { TEMPLATES_DIR } from "../paths.js";
import { listThemes, loadTheme, ThemeManifestSchema } from "../render/theme.js";
import { EXIT, UsageError, type Io } from "./io.js";

/** `vitae theme list` and `vitae theme copy NAME DIR`. */
export function registerTheme(program: Command, io: Io, setExit: (code: number) => void): void {
  const theme = program.command("theme").description("list the built-in themes, or copy one into a folder to restyle it");
  theme
    .command("list")
    .description("print each built-in theme with its description")
    .action(() => {
      for (const name of listThemes()) io.out(`${name.padEnd(10)} ${loadTheme(name).manifest.description ?? ""}\n`);
      setExit(EXIT.ok);
    });
  theme
    .command("copy")
    .description("copy every file of built-in theme NAME into DIR, with a README on which file changes what; build with --theme DIR")
    .argument("<name>", "a built-in theme")
    .argument("<dir>", "a new or empty folder")
    .action((name: string, dir: string) => {
      copyTheme(name, dir);
      const path = asThemePath(dir);
      io.err(`copied ${name} into ${dir} (${dir}/README.md says which file changes what); preview with: vitae watch cv.md --theme ${path}\n`);
      setExit(EXIT.ok);
    });
}

/** Copies a built-in theme, its inherited files included, into a folder whose theme.json extends it, with a README. */
export function copyTheme(name: string, dir: string): void {
  if (!listThemes().includes(name)) throw new UsageError(`unknown theme "${name}"; built-in themes are ${listThemes().join(", ")}`);
  const target = resolve(dir);
  if (existsSync(target) && readdirSync(target).length) throw new UsageError(`${dir} is not empty; give a new or empty folder so nothing of yours is overwritten`);
  mkdirSync(target, { recursive: true });
  const { layers, manifest } = loadTheme(name);
  // the built-in it extends first, so the theme's own files overwrite what they override
  for (const layer of [...layers].reverse()) {
    cpSync(layer, target, { recursive: true, filter: (src) => relative(layer, src) !== "theme.json" });
  }
  // extending the original means a deleted file falls back to the built-in one
  const own = ThemeManifestSchema.parse({ ...manifest, name: basename(target), description: `${manifest.description ?? name} (copied from ${name})`, extends: name });
  writeFileSync(join(target, "theme.json"), JSON.stringify(own, null, 2) + "\n");
  const values: Record<string, string> = { name: basename(target), from: name, dir: asThemePath(dir) };
  const readme = readFileSync(join(TEMPLATES_DIR, "theme-readme.md"), "utf8").replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? "");
  writeFileSync(join(target, "README.md"), readme);
}

/** How to name the folder to --theme: a bare name would be taken for a built-in theme. */
function asThemePath(dir: string): string {
  return dir.includes("/") || dir.includes("\\") ? dir : `./${dir}`;
}
