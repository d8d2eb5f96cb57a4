import JSZip from "jszip";

/**
 * What the docx library draws at random: a hyperlink's relationship id ("rIdzghzfinjj3tezmiozjljn"), always an
 * attribute's whole value; its alphabet has "-" and "_", so the quotes, not word boundaries, say where it ends.
 */
const RANDOM_ID = /(?<=")rId[\w-]{15,}(?=")/g;
/** The times of writing, which would make every build of one résumé a different file. */
const WRITE_TIMES = /<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g;
/** Zip entries dated as reproducible-build tools date them: the earliest date a zip can hold. */
const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1, 12));

/**
 * The same Word document with what differs from one writing to the next made
 * fixed, so that a résumé builds to the same bytes every time, as its other
 * formats do: random relationship ids numbered in order of appearance, the
 * created and modified times left out, and every zip entry dated alike.
 */
export async function reproducibleDocx(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const ids = new Map<string, string>();
  const renumber = (id: string) => ids.get(id) ?? (ids.set(id, `rIdLink${ids.size + 1}`), ids.get(id)!);
  const out = new JSZip();
  for (const file of Object.values(zip.files).filter((f) => !f.dir).sort((a, b) => a.name.localeCompare(b.name))) {
    const text = /\.(xml|rels)$/.test(file.name) ? (await file.async("string")).replace(RANDOM_ID, renumber).replace(WRITE_TIMES, "") : undefined;
    out.file(file.name, text ?? (await file.async("uint8array")), { date: ZIP_EPOCH, createFolders: false });
  }
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}
