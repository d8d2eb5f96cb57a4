import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import type { Command } from "commander";
import { listThemes, loadTheme } from "../render/theme.js";
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
    .description("copy every file of built-in theme NAME into DIR; build with --theme DIR, and delete what you do not change")
    .argument("<name>", "a built-in theme")
    .argument("<dir>", "a new or empty folder")
    .action((name: string, dir: string) => {
      copyTheme(name, dir);
      io.err(`copied ${name} into ${dir}; build with: vitae build --theme ${dir.includes("/") ? dir : `./${dir}`}\n`);
      setExit(EXIT.ok);
    });
}

/** Copies a built-in theme, its inherited files included, into a folder whose theme.json extends it. */
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
  const own = { name: basename(target), description: `${manifest.description ?? name} (copied from ${name})`, extends: name, options: manifest.options };
  writeFileSync(join(target, "theme.json"), JSON.stringify(own, null, 2) + "\n");
}
