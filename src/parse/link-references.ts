import type { Link, Nodes, Root } from "mdast";

/**
 * "[GitHub][gh]" … "[gh]: https://github.com/jo": a reference-style link is
 * made a link to its definition's address, as an inline link is written, so
 * its address is read with its text (a profile, a paper's or a project's
 * page). micromark makes a reference only where a definition is found.
 */
export function resolveLinkReferences(root: Root): void {
  const urls = new Map<string, string>();
  collect(root, urls);
  if (urls.size) resolve(root, urls);
}

function collect(node: Nodes, urls: Map<string, string>): void {
  // the first definition of a label is the one CommonMark uses
  if (node.type === "definition") {
    if (!urls.has(node.identifier)) urls.set(node.identifier, node.url);
  } else if ("children" in node) for (const child of node.children) collect(child, urls);
}

function resolve(node: Nodes, urls: ReadonlyMap<string, string>): void {
  if (!("children" in node)) return;
  node.children.forEach((child, i) => {
    const url = child.type === "linkReference" ? urls.get(child.identifier) : undefined;
    if (child.type === "linkReference" && url !== undefined) {
      const link: Link = { type: "link", url, children: child.children, position: child.position };
      (node.children as Nodes[])[i] = link;
    }
    resolve(node.children[i] as Nodes, urls);
  });
}
