import { createServer } from "node:net";

/**
 * Ports handed out come from below the ephemeral range (Linux 32768–60999, macOS 49152–65535),
 * where the kernel never puts a `listen(0)` or the local end of an outgoing connection: a port
 * picked here and bound by a child process a moment later cannot be taken meanwhile by the many
 * connections and servers the other tests open.
 */
const RANGE = { from: 20_000, to: 32_767 } as const;
const handedOut = new Set<number>();

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A port that was free a moment ago on 127.0.0.1, never the same twice in one process. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = RANGE.from + Math.floor(Math.random() * (RANGE.to - RANGE.from + 1));
    if (handedOut.has(port) || !(await canBind(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error(`no free port between ${RANGE.from} and ${RANGE.to} in 200 tries`);
}
