import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A web server on 127.0.0.1 that records every connection and request made to it. */
export interface RequestCounter {
  origin: string;
  connections: number;
  requests: string[];
  close(): Promise<void>;
}

/** Starts a counting server on a free port. */
export async function startRequestCounter(): Promise<RequestCounter> {
  const counter = { origin: "", connections: 0, requests: [] as string[] };
  const server: Server = createServer((req, res) => {
    counter.requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { "content-type": "text/plain" }).end("body::after { content: 'FETCHED' }");
  });
  server.on("connection", () => counter.connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  counter.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(counter, {
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
