import type { Fetcher } from "@apollo/utils.fetcher";
import { Agent, fetch } from "undici";

export class SubgraphTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = "SubgraphTimeoutError";
  }
}

export interface FetcherOptions {
  timeoutMs: number;
  /** At most this many sockets per subgraph; requests beyond wait for a free one. */
  maxSockets: number;
  /**
   * Identical subgraph requests in flight at the same moment (same URL, same body) share one
   * exchange: under load many clients ask the same comparison at once. Each caller still gets a
   * response of its own to parse, so no answer object is ever shared between client requests.
   */
  deduplicate?: boolean;
}

interface Exchange {
  status: number;
  statusText: string;
  headers: [string, string][];
  text: string;
}

/**
 * The fetch a subgraph data source uses: keep-alive connections, capped per subgraph, and a
 * deadline for the whole exchange (connect, send, wait, read), which @apollo/gateway lacks.
 */
export function subgraphFetcher(options: FetcherOptions): { fetcher: Fetcher; close(): Promise<void> } {
  const agent = new Agent({
    connections: options.maxSockets,
    keepAliveTimeout: 30_000,
    pipelining: 1,
  });
  const exchange = async (url: string, init?: Record<string, unknown>): Promise<Exchange> => {
    const signal = AbortSignal.timeout(options.timeoutMs);
    try {
      const response = await fetch(url, { ...(init as object), dispatcher: agent, signal });
      // Read the body inside the deadline too: a subgraph that stalls mid-body is as slow as one that never answers.
      const text = await response.text();
      return {
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
        text,
      };
    } catch (error) {
      if (signal.aborted) throw new SubgraphTimeoutError(options.timeoutMs);
      throw error;
    }
  };
  const inFlight = new Map<string, Promise<Exchange>>();
  const shared = (url: string, init?: Record<string, unknown>) => {
    const body = init?.body;
    if (!options.deduplicate || typeof body !== "string") return exchange(url, init);
    const key = `${url}\n${body}`;
    let pending = inFlight.get(key);
    if (!pending) {
      pending = exchange(url, init).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  };
  const fetcher = (async (url: string, init?: Record<string, unknown>) => {
    const answer = await shared(url, init);
    return new Response(answer.text, {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
    });
  }) as unknown as Fetcher;
  return { fetcher, close: () => agent.close() };
}
