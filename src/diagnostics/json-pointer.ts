/** RFC 6901: `~` and `/` inside a key are written `~0` and `~1`. */
export function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
