/** A counting semaphore: at most `size` holders at once, the rest served in arrival order. */
export interface Slots {
  acquire(): Promise<void>;
  release(): void;
}

/** Creates a semaphore with `size` slots. */
export function createSlots(size: number): Slots {
  let free = size;
  const waiting: (() => void)[] = [];
  return {
    async acquire() {
      if (free > 0) {
        free--;
        return;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    },
    release() {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
}
