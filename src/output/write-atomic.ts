import { closeSync, fstatSync, mkdirSync, openSync, writeFileSync } from "node:fs";
import { readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

let written = 0;

/** What a written file is on disk right after writing: the build cache records it to notice later edits. */
export interface WrittenFile {
  size: number;
  mtimeMs: number;
}

/**
 * Writes a file so that readers only ever see the old or the new content: the
 * bytes go to a hidden temporary file beside the target, which is then renamed
 * over it. A build killed midway leaves the last good output in place.
 * The small writes are synchronous, because a batch writes hundreds and going
 * through the thread pool for each step cost more CPU than the writing; the
 * rename is not, because replacing a file can wait on the disk.
 */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<WrittenFile> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${++written}.tmp`);
  try {
    const fd = openCreatingFolder(temporary);
    let file: WrittenFile;
    try {
      writeFileSync(fd, content);
      const { size, mtimeMs } = fstatSync(fd);
      file = { size, mtimeMs };
    } finally {
      closeSync(fd);
    }
    await rename(temporary, path);
    return file;
  } catch (e) {
    await rm(temporary, { force: true });
    throw e;
  }
}

/** Opens a new file for writing; its folder is made only when missing, since a batch writes hundreds of files into one. */
function openCreatingFolder(path: string): number {
  try {
    return openSync(path, "w");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    mkdirSync(dirname(path), { recursive: true });
    return openSync(path, "w");
  }
}

/** Removes the temporary files that killed builds left in `dir`; those of builds still running are kept. */
export async function sweepTemporaryFiles(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const pid = /^\..+\.(\d+)\.\d+\.tmp$/.exec(name)?.[1];
      if (pid && !isRunning(Number(pid))) await rm(join(dir, name), { force: true });
    }),
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
