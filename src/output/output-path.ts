import { statSync } from "node:fs";
import { basename, extname, isAbsolute, join, relative, resolve } from "node:path";

/** The output name of a source: its file name without the extension ("cv" for resumes/cv.md). */
export function outputName(sourcePath: string): string {
  return basename(sourcePath, extname(sourcePath));
}

/**
 * The path of `<name>.<extension>` inside `outDir`; throws when the name would
 * put the file anywhere else, so no source name can write outside --out.
 */
export function outputPath(outDir: string, name: string, extension: string): string {
  const path = join(outDir, `${name}.${extension}`);
  const inside = relative(resolve(outDir), resolve(path));
  if (!name || name.includes("/") || name.includes("\\") || inside === ".." || inside.startsWith("../") || isAbsolute(inside) || inside.includes("/")) {
    throw new Error(`the output name "${name}" would leave the output folder ${outDir}`);
  }
  return path;
}

/**
 * Whether writing `outputPath` would replace the file at `sourcePath`: the same file however it is reached
 * (another spelling, a symbolic or hard link, a case-insensitive disk), which comparing names would miss.
 */
export function wouldOverwrite(outputPath: string, sourcePath: string): boolean {
  try {
    const output = statSync(outputPath, { throwIfNoEntry: false });
    const source = statSync(sourcePath, { throwIfNoEntry: false });
    return Boolean(output && source && output.dev === source.dev && output.ino === source.ino);
  } catch {
    // a folder that cannot be read: the write says so, in words of its own
    return false;
  }
}
