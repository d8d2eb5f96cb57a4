import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

/** A SHA-256 over every file under the folders (names and contents), in a stable order; `keep` filters by path. */
export async function digestFolders(folders: readonly string[], keep: (path: string) => boolean = () => true): Promise<string> {
  const hash = createHash("sha256");
  for (const folder of folders) {
    const files = (await listFiles(folder)).filter(keep).sort();
    const contents = await Promise.all(files.map((f) => readFile(f)));
    files.forEach((file, i) => hash.update(relative(folder, file)).update("\0").update(contents[i]!).update("\0"));
  }
  return hash.digest("hex");
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
