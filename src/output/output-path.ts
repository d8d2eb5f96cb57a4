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
