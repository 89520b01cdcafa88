import { createHash } from "node:crypto";
import { regionSchema as t } from "@jamlik/db";
import { BadUserInputError, ConflictError } from "@jamlik/schema";
import { and, eq } from "drizzle-orm";
import type { RegionDb } from "../db.ts";
import type { Actor } from "./history.ts";

/**
 * Runs a create at most once per idempotency key of the caller (inside the caller's transaction): a
 * repeat with the same payload returns the first result; a repeat with another payload is rejected.
 * Keys are per user: another user's request with the same key is a request of its own.
 */
export async function once<T>(
  db: RegionDb,
  actor: Actor,
  key: string | null | undefined,
  operation: string,
  payload: unknown,
  run: () => Promise<T>,
): Promise<T> {
  if (key === null || key === undefined) return run();
  if (!/^[\w.:-]{8,200}$/.test(key)) {
    throw new BadUserInputError("idempotencyKey: 8–200 letters, digits, '.', ':', '_' or '-'", [
      "idempotencyKey",
    ]);
  }
  const requestHash = createHash("sha256").update(JSON.stringify({ operation, payload })).digest("hex");
  const claimed = await db
    .insert(t.idempotencyKeys)
    .values({ key, operation, requestHash, response: {}, actor: actor.subject })
    .onConflictDoNothing()
    .returning({ key: t.idempotencyKeys.key });
  if (claimed.length === 0) {
    const [first] = await db
      .select()
      .from(t.idempotencyKeys)
      .where(and(eq(t.idempotencyKeys.actor, actor.subject), eq(t.idempotencyKeys.key, key)));
    if (!first || first.requestHash !== requestHash || first.operation !== operation) {
      throw new ConflictError(`The idempotency key ${key} was used before for a different request`, {
        idempotencyKey: key,
      });
    }
    return first.response as T;
  }
  const result = await run();
  await db
    .update(t.idempotencyKeys)
    .set({ response: result as object })
    .where(and(eq(t.idempotencyKeys.actor, actor.subject), eq(t.idempotencyKeys.key, key)));
  return result;
}
