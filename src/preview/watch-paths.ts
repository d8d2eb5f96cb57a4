import { watch, type FSWatcher } from "node:fs";
import { basename, dirname, resolve } from "node:path";

/**
 * Calls `onChange` once things settle after any of `files` or anything under
 * `folders` changes. Files are watched through their folder, because editors
 * often save by replacing the file, which a watch on the file itself misses.
 */
export function watchPaths(files: readonly string[], folders: readonly string[], delayMs: number, onChange: (changed: string) => void): () => void {
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  const changed = (path: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => onChange(path), delayMs);
  };
  const byFolder = new Map<string, Set<string>>();
  for (const file of files) {
    const folder = dirname(resolve(file));
    byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(basename(file)));
  }
  for (const [folder, names] of byFolder) {
    watchers.push(watch(folder, (_event, name) => name && names.has(String(name)) && changed(resolve(folder, String(name)))));
  }
  for (const folder of folders) watchers.push(watch(folder, { recursive: true }, (_event, name) => changed(resolve(folder, String(name ?? "")))));
  return () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
