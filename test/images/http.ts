/** Asking the containerised services over HTTP, and waiting (a bound on failure, never a speed check). */

export interface GraphqlAnswer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphqlAnswer<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as object) };
  } catch {
    return { status: response.status, errors: [{ message: text.slice(0, 500) }] };
  }
}

/** Resolves once `url` answers 200; rejects after `timeoutMs` with the last thing it saw. */
export async function waitFor200(url: string, timeoutMs = 300_000): Promise<number> {
  const started = performance.now();
  let last = "";
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return performance.now() - started;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (last: ${last})`);
}

export interface LoadSample {
  at: number;
  status: number;
  /** Error codes in the answer, with the region the error names. */
  errors: { code: unknown; region: unknown; message: string }[];
  /** Regions whose data came back. */
  regions: string[];
}

/**
 * Queries `url` from `workers` clients back to back until stopped: every answer is kept with the
 * time it came (ms since the start) for the caller to judge.
 */
export function loadGenerator(url: string, query: string, workers = 4) {
  const samples: LoadSample[] = [];
  const started = performance.now();
  let running = true;
  const worker = async () => {
    while (running) {
      try {
        const answer = await graphql<{ regions: { code: string; latest: unknown }[] }>(url, query);
        samples.push({
          at: performance.now() - started,
          status: answer.status,
          errors: (answer.errors ?? []).map((error) => ({
            code: error.extensions?.code,
            region: error.extensions?.region ?? error.extensions?.regionCode,
            message: error.message,
          })),
          regions: (answer.data?.regions ?? [])
            .filter((region) => region.latest !== null)
            .map((region) => region.code),
        });
      } catch (error) {
        samples.push({
          at: performance.now() - started,
          status: 0,
          errors: [{ code: "NETWORK", region: undefined, message: (error as Error).message }],
          regions: [],
        });
      }
    }
  };
  const all = Array.from({ length: workers }, worker);
  return {
    samples,
    elapsed: () => performance.now() - started,
    stop: async () => {
      running = false;
      await Promise.all(all);
      return samples;
    },
  };
}

/** Resolves once the gateway answers `query` without an error (every subgraph reached), bounded. */
export async function waitForAnswer(url: string, query: string, timeoutMs = 180_000): Promise<void> {
  const started = performance.now();
  for (;;) {
    const answer = await graphql(url, query).catch((error: Error) => ({
      errors: [{ message: error.message }],
    }));
    if (!answer.errors?.length) return;
    if (performance.now() - started > timeoutMs) {
      throw new Error(`${url} still answers with errors: ${JSON.stringify(answer.errors).slice(0, 500)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
