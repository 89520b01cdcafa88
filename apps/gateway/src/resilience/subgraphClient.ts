import { EventEmitter } from "node:events";
import { Agent, request } from "undici";

export class SubgraphTimeoutError extends Error {
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
    this.name = "SubgraphTimeoutError";
  }
}

export interface SubgraphClientOptions {
  timeoutMs: number;
  /** At most this many sockets per subgraph; requests beyond wait for a free one. */
  maxSockets: number;
  /**
   * Identical subgraph requests in flight at the same moment (same URL, same body) share one
   * exchange: under load many clients ask the same comparison at once. Each caller parses the
   * shared text itself, so no answer object is ever shared between client requests.
   */
  deduplicate?: boolean;
}

/** A subgraph's answer as it arrived: the status and the body, not yet parsed. */
export interface SubgraphAnswer {
  status: number;
  text: string;
}

export interface SubgraphClient {
  /** POSTs `body` to `url`; rejects with SubgraphTimeoutError past the deadline. */
  post(url: string, headers: Record<string, string>, body: string): Promise<SubgraphAnswer>;
  close(): Promise<void>;
}

/**
 * How the gateway talks to its subgraphs: undici's `request` on keep-alive connections, capped per
 * subgraph, with one deadline for the whole exchange (connect, send, wait, read) — a subgraph that
 * stalls mid-body is as slow as one that never answers. No WHATWG Request or Response is built.
 */
export function subgraphClient(options: SubgraphClientOptions): SubgraphClient {
  const agent = new Agent({
    connections: options.maxSockets,
    keepAliveTimeout: 30_000,
    pipelining: 1,
  });
  // One timer per exchange, cleared when it ends: AbortSignal.timeout would leave every request's
  // timer running for the whole deadline and costs about 40 times as much to set up. The signal is
  // an EventEmitter, which undici takes as well as an AbortSignal, for a fraction of the cost of an
  // AbortController (an EventTarget), once per subgraph fetch.
  const exchange = async (url: string, headers: Record<string, string>, body: string) => {
    const signal = new EventEmitter() as EventEmitter & { aborted: boolean };
    signal.aborted = false;
    const deadline = setTimeout(() => {
      signal.aborted = true;
      signal.emit("abort");
    }, options.timeoutMs);
    try {
      const response = await request(url, { method: "POST", headers, body, dispatcher: agent, signal });
      return { status: response.statusCode, text: await response.body.text() };
    } catch (error) {
      if (signal.aborted) throw new SubgraphTimeoutError(options.timeoutMs);
      throw error;
    } finally {
      clearTimeout(deadline);
    }
  };
  const inFlight = new Map<string, Promise<SubgraphAnswer>>();
  return {
    post: (url, headers, body) => {
      if (!options.deduplicate) return exchange(url, headers, body);
      const key = `${url}\n${body}`;
      let pending = inFlight.get(key);
      if (!pending) {
        pending = exchange(url, headers, body).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },
    close: () => agent.close(),
  };
}
