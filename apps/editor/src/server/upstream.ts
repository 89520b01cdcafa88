import { type Logger, RequestRejected } from "@jamlik/service";

/**
 * A JSON POST to a service behind the editor (a region's admin API, the gateway); one that cannot
 * be reached is a coded 502 for the browser, the cause only in the log.
 */
export async function postUpstream(
  url: string,
  body: string,
  headers: Record<string, string>,
  log: Logger,
  timeoutMs = 60_000,
): Promise<Response> {
  try {
    return await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    log.warn({ err: error, url }, "upstream request failed");
    throw new RequestRejected(502, "UPSTREAM_UNAVAILABLE", "Tjänsten svarar inte just nu");
  }
}
