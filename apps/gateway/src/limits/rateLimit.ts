import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";

/**
 * Token bucket per client (its address): `perMinute` requests a minute with bursts of the same
 * size. Buckets of clients that went quiet are dropped so memory stays bounded.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  private readonly perMinute: number;
  private readonly now: () => number;
  constructor(perMinute: number, now: () => number = Date.now) {
    this.perMinute = perMinute;
    this.now = now;
  }

  /** Seconds to wait, or 0 when the request may go ahead. */
  take(client: string): number {
    const now = this.now();
    const refillPerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * refillPerMs);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (this.buckets.size > 10_000) this.evict(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
  }

  private evict(now: number): void {
    for (const [client, bucket] of this.buckets) if (now - bucket.at > 60_000) this.buckets.delete(client);
  }
}

/** The error a client over its rate gets: 429 with Retry-After (thrown while building the context). */
export function rateLimited(waitSeconds: number): GraphQLError {
  const http = { status: 429, headers: new HeaderMap([["retry-after", String(waitSeconds)]]) };
  return new GraphQLError("Too many requests; slow down", {
    extensions: { code: "RATE_LIMITED", http } as Record<string, unknown>,
  });
}
