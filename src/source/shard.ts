import { createHash } from "node:crypto";
import { relative, resolve, sep } from "node:path";

/** The K-th of N parts of a batch (K counted from 1), as `--shard K/N` names it. */
export interface Shard {
  index: number;
  count: number;
}

/** Reads `K/N`, or returns a message saying what is wrong with it. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return `expected K/N, such as 1/4, not "${text}"`;
  const [index, count] = [Number(match[1]), Number(match[2])];
  if (count < 1 || index < 1 || index > count) return `expected 1 ≤ K ≤ N in K/N, not "${text}"`;
  return { index, count };
}

/**
 * The shard a source belongs to, by rendezvous hashing of its path relative
 * to the working folder: each shard scores the path and the highest score
 * wins. A source's shard depends on its own path alone, so adding or removing
 * a CV moves no other; and going from N to N+1 shards moves only the CVs the
 * new shard wins (about 1 in N+1), so most shards' caches stay warm.
 */
export function shardOf(source: string, count: number, cwd = process.cwd()): number {
  const key = relative(cwd, resolve(cwd, source)).split(sep).join("/");
  let best = 1;
  let bestScore = -1n;
  for (let k = 1; k <= count; k++) {
    const score = createHash("sha256").update(`${k}\0${key}`).digest().readBigUInt64BE(0);
    if (score > bestScore) [best, bestScore] = [k, score];
  }
  return best;
}

/** The sources that fall in `shard`, in their given order. */
export function sourcesInShard(sources: readonly string[], shard: Shard, cwd = process.cwd()): string[] {
  return sources.filter((source) => shardOf(source, shard.count, cwd) === shard.index);
}
