import type { Basics } from "./schema.js";

/**
 * The owner's e-mail addresses or numbers in the order to print them: the one JSON Resume holds, with the label
 * written before it, then the extension's others (`basics.otherContacts`). Themes and writers print them all.
 */
export function ownContacts(basics: Basics, kind: "email" | "phone"): Array<{ value: string; label?: string }> {
  const first = basics[kind];
  const label = basics.labels?.[kind];
  const others = (basics.otherContacts ?? []).filter((o) => o.kind === kind).map(({ value, label }) => ({ value, ...(label && { label }) }));
  return [...(first ? [{ value: first, ...(label && { label }) }] : []), ...others];
}
