import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { renderShellPage } from "./shell-page.js";

/** A local server for one résumé: `/` is the live page, `/cv` the résumé's HTML, `/review` its review page, `/events` the change stream. */
export interface PreviewServer {
  url: string;
  /** Shows a new version of the résumé (and of its review page) in every open preview. */
  publish(html: string, review?: string): void;
  /** Shows these errors over the last good version; an empty string hides them. */
  showErrors(text: string): void;
  close(): Promise<void>;
}

/** Starts the preview server on 127.0.0.1 (never on other interfaces); port 0 takes any free port. */
export async function startPreviewServer(port: number, title: string): Promise<PreviewServer> {
  let html = "<!DOCTYPE html><title>building…</title><p>building…</p>";
  let review = html;
  let errors = "";
  let version = 0;
  const clients = new Set<ServerResponse>();
  const send = (event: string, data: string) => {
    for (const client of clients) client.write(`event: ${event}\ndata: ${data}\n\n`);
  };

  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    if (path === "/") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(renderShellPage(title, version));
    } else if (path === "/cv") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(html);
    } else if (path === "/review") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(review);
    } else if (path === "/events") {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      response.write(`event: errors\ndata: ${JSON.stringify(errors)}\n\n`);
      // a version published after the page loaded but before it listened would be missed: each listener is told the
      // current one, and the page reloads when it shows an older one
      response.write(`event: reload\ndata: ${version}\n\n`);
      clients.add(response);
      request.on("close", () => clients.delete(response));
    } else {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    publish(next, nextReview) {
      html = next;
      review = nextReview ?? review;
      send("reload", String(++version));
    },
    showErrors(text) {
      errors = text;
      send("errors", JSON.stringify(text));
    },
    async close() {
      for (const client of clients) client.end();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
