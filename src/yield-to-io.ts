/**
 * Lets the event loop read what is waiting on its sockets before the next
 * stretch of synchronous work. In a batch, Chromium's answers to the printer
 * (a page loaded, an estimate, a print) would otherwise wait behind the
 * parsing and rendering of the next files, an `await` on settled promises
 * never yielding, while the printer's pages sit idle. One caller resumes per
 * turn of the loop: resumed all in one turn (as `setImmediate` callbacks
 * queued together run), the files under way would parse back to back, the
 * sockets unread between them.
 */
export function yieldToIo(): Promise<void> {
  return new Promise((resume) => {
    waiting.push(resume);
    if (waiting.length === 1) setImmediate(resumeNext);
  });
}

const waiting: (() => void)[] = [];

function resumeNext(): void {
  const resume = waiting.shift()!;
  // queued from inside a check phase, the next one runs in the next turn, after the sockets are polled
  if (waiting.length) setImmediate(resumeNext);
  resume();
}
