/** mammoth's document tree, as far as this module walks it. */
interface DocElement {
  type: string;
  children?: DocElement[];
}

/**
 * A table laid out for the page (a two-column CV made in Word: a sidebar cell
 * beside a main cell) rather than for data: its cells hold paragraphs, lists
 * or headings of their own. Such a table is replaced by its cells' contents,
 * row by row and cell by cell, so each column reads whole and in order; a
 * table of data, one paragraph per cell, stays a table.
 */
export function unwrapLayoutTables<T extends DocElement>(element: T): T {
  if (!element.children) return element;
  const children = element.children.flatMap((child) => (child.type === "table" && isLayoutTable(child) ? cellContents(child) : [child])).map(unwrapLayoutTables);
  return { ...element, children };
}

function cells(table: DocElement): DocElement[] {
  return (table.children ?? []).flatMap((row) => (row.type === "tableRow" ? (row.children ?? []) : [])).filter((c) => c.type === "tableCell");
}

function isLayoutTable(table: DocElement): boolean {
  const rows = (table.children ?? []).filter((r) => r.type === "tableRow");
  return rows.length === 1 || cells(table).some((c) => (c.children ?? []).filter((p) => p.type !== "paragraph" || hasText(p)).length > 1 || (c.children ?? []).some((p) => p.type === "table"));
}

function hasText(element: DocElement): boolean {
  return element.type === "text" ? Boolean((element as { value?: string }).value?.trim()) : (element.children ?? []).some(hasText);
}

function cellContents(table: DocElement): DocElement[] {
  return cells(table).flatMap((cell) => (cell.children ?? []).flatMap((c) => (c.type === "table" && isLayoutTable(c) ? cellContents(c) : [c])));
}
