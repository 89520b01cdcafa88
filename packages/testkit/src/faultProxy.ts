import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Fault =
  | { kind: "pass" }
  | { kind: "delay"; ms: number }
  /** Never answers (until the proxy closes). */
  | { kind: "hang" }
  /** Answers garbage, to every request or (scope "graphql") to GraphQL requests only. */
  | { kind: "garbage"; body?: string; scope?: "all" | "graphql" }
  | { kind: "reset" };

export interface FaultProxy {
  url: string;
  port: number;
  /** Changes how the next requests are treated. */
  set(fault: Fault): void;
  /** GraphQL requests (to /graphql) received so far, whatever was done with them. */
  readonly graphqlRequests: number;
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of a real service that can pass requests on, answer late, answer
 * garbage or drop the connection: a region misbehaving without touching its code.
 */
export async function startFaultProxy(targetPort: number): Promise<FaultProxy> {
  let fault: Fault = { kind: "pass" };
  let graphqlRequests = 0;
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith("/graphql")) graphqlRequests++;
    if (fault.kind === "hang") return;
    if (fault.kind === "reset") {
      req.socket.destroy();
      return;
    }
    const graphql = req.url?.startsWith("/graphql") ?? false;
    if (fault.kind === "garbage" && (fault.scope !== "graphql" || graphql)) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(fault.body ?? "{ this is not json <html>");
      return;
    }
    const delay = fault.kind === "delay" ? fault.ms : 0;
    const forward = () => {
      const upstream = request(
        { host: "127.0.0.1", port: targetPort, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on("error", () => res.destroy());
      req.pipe(upstream);
    };
    if (delay === 0) forward();
    else {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) forward();
      }, delay);
      timers.add(timer);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    set: (next) => {
      fault = next;
    },
    get graphqlRequests() {
      return graphqlRequests;
    },
    close: () =>
      new Promise((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
