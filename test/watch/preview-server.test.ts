import { get } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { startPreviewServer, type PreviewServer } from "../../src/preview/preview-server.js";

let server: PreviewServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The first `count` events of the server's change stream, as "event data" strings. */
function firstEvents(url: string, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    get(`${url}events`, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        text += chunk;
        const events = text.split("\n\n").filter((e) => e.startsWith("event:"));
        if (events.length < count) return;
        response.destroy();
        resolve(events.slice(0, count).map((e) => e.replace(/^event: (\S+)\ndata: (.*)$/s, "$1 $2")));
      });
    }).on("error", reject);
  });
}

describe("the preview server", () => {
  it("tells a page that starts listening after a build which version is current, so that it cannot miss that build", async () => {
    server = await startPreviewServer(0, "Jane Doe");
    server.publish("<p>first</p>");
    server.publish("<p>second</p>");
    expect(await firstEvents(server.url, 2)).toEqual(['errors ""', "reload 2"]);
  });

  it("serves the page with the version it shows, so that the page reloads only for a newer one", async () => {
    server = await startPreviewServer(0, "Jane Doe");
    server.publish("<p>first</p>");
    const shell = await fetch(server.url).then((r) => r.text());
    expect(shell).toContain('let version = "1";');
  });
});
