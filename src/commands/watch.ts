import type { BuildFlags } from "./build.js";
import { UsageError, type Io } from "./io.js";

/** Rebuilds one file on every change and serves a live preview. */
export async function runWatch(_file: string, _flags: BuildFlags, _io: Io): Promise<number> {
  throw new UsageError("watch is not ready yet");
}
