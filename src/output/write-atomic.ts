import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

let written = 0;

/**
 * Writes a file so that readers only ever see the old or the new content: the
 * bytes go to a hidden temporary file beside the target, which is then renamed
 * over it. A build killed midway leaves the last good output in place.
 */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${++written}.tmp`);
  try {
    // the folder is made only when missing: a batch writes hundreds of files into one folder
    await writeFile(temporary, content).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code !== "ENOENT") throw e;
      await mkdir(dirname(path), { recursive: true });
      await writeFile(temporary, content);
    });
    await rename(temporary, path);
  } catch (e) {
    await rm(temporary, { force: true });
    throw e;
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
