import { normalizeInstant } from "@jamlik/domain";
import { BadUserInputError } from "./errors.ts";

/**
 * `extensions.rule` of an instant a region cannot answer because its publication history begins
 * later: clients can say so in their own words.
 */
export const PUBLISHED_HISTORY_RULE = "published-history";

/** The instant a client sent (`asOf`, or a representation's `publishedAsOf`), normalized; never in the future. */
export function instantArg(value: string, name = "asOf", now = Date.now()): string {
  const instant = normalizeInstant(value);
  if (!instant) {
    throw new BadUserInputError(
      `${name} must be an ISO 8601 instant with its offset, for example 2026-03-15T09:00:00Z, got ${JSON.stringify(value.slice(0, 40))}`,
      [name],
      "instant",
    );
  }
  if (Date.parse(instant) > now) {
    throw new BadUserInputError(
      `${name} ${instant} is in the future: what is published then is not known yet`,
      [name],
    );
  }
  return instant;
}
