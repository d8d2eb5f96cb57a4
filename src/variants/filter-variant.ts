import { STANDARD_SECTIONS, type Resume, type SectionRef } from "../resume/schema.js";

/** Which tagged parts of a résumé a build keeps: `--only academic`, `--except private`. */
export interface Variant {
  only: string[];
  except: string[];
  /** Its name in output files: "academic", "no-private", "academic-no-private". */
  name: string;
}

/** A variant from `--only` and `--except` tag lists, named after them; undefined when both are empty. */
export function createVariant(only: readonly string[] = [], except: readonly string[] = []): Variant | undefined {
  const clean = (tags: readonly string[]) => [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
  const variant = { only: clean(only), except: clean(except) };
  if (!variant.only.length && !variant.except.length) return undefined;
  return { ...variant, name: [...variant.only, ...variant.except.map((t) => `no-${t}`)].join("-") };
}

/**
 * Keeps what a variant asks for. Untagged sections and entries belong to every
 * variant; a tagged one is kept by `only` when it shares a tag with it, and
 * dropped by `except` when it shares one. A section left without entries is
 * dropped with its place in `meta.sections`. Pure: returns a new résumé.
 */
export function filterVariant(resume: Resume, variant: Pick<Variant, "only" | "except">): Resume {
  const keep = (tags: readonly string[] | undefined): boolean => {
    if (!tags?.length) return true;
    if (variant.except.some((t) => tags.includes(t))) return false;
    return !variant.only.length || variant.only.some((t) => tags.includes(t));
  };
  const out: Resume = structuredClone(resume);
  const refs = out.meta?.sections ?? [];
  // a section that holds part of a list (`items`) takes only its own entries with it
  const droppedRefs = refs.filter((r) => !keep(r.tags));
  const droppedKeys = new Set(droppedRefs.filter((r) => !r.items).map((r) => r.key));
  const droppedItems = (key: string) => new Set(droppedRefs.filter((r) => r.key === key).flatMap((r) => r.items ?? []));
  for (const key of STANDARD_SECTIONS) {
    const entries = out[key] as Array<{ tags?: string[] }> | undefined;
    if (!entries) continue;
    const dropped = droppedItems(key);
    const keptAt = droppedKeys.has(key) ? [] : [...entries.keys()].filter((i) => keep(entries[i]!.tags) && !dropped.has(i));
    const renumbered = new Map(keptAt.map((i, k) => [i, k]));
    for (const ref of refs) if (ref.key === key && ref.items) ref.items = ref.items.flatMap((i) => (renumbered.has(i) ? [renumbered.get(i)!] : []));
    const kept = keptAt.map((i) => entries[i]!);
    if (kept.length) (out as Record<string, unknown>)[key] = kept;
    else if (entries.length) {
      delete out[key];
      droppedKeys.add(key);
    }
  }
  if (out.sections) {
    const kept = out.sections
      .filter((s) => keep(s.tags) && !droppedKeys.has(`custom:${s.id}`))
      .map((s) => ({ ...s, items: s.items.filter((i) => keep(i.tags)) }))
      // a section that lost all its items goes; one that never had any stays
      .filter((s) => s.items.length || !resume.sections!.find((o) => o.id === s.id)!.items.length);
    for (const s of out.sections) if (!kept.some((k) => k.id === s.id)) droppedKeys.add(`custom:${s.id}`);
    if (kept.length) out.sections = kept;
    else delete out.sections;
  }
  if (droppedKeys.has("summary") && out.basics) delete out.basics.summary;
  if (out.meta?.sections) out.meta.sections = out.meta.sections.filter((r: SectionRef) => !droppedKeys.has(r.key) && keep(r.tags) && r.items?.length !== 0);
  return out;
}
