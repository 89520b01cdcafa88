import { BadUserInputError } from "@jamlik/schema";

interface PgLikeError {
  code?: string;
  detail?: string;
  constraint?: string;
  cause?: unknown;
}

function pgError(error: unknown): PgLikeError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const candidate = current as PgLikeError;
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/** Turns constraint violations into BAD_USER_INPUT; everything else is rethrown unchanged. */
export async function translateDbErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const pg = pgError(error);
    if (pg?.code === "23505") {
      throw new BadUserInputError(
        `Already exists (${pg.constraint ?? "unique"}): ${pg.detail ?? ""}`.trim(),
        [],
        "unique",
      );
    }
    if (pg?.code === "23503") {
      throw new BadUserInputError(
        "Refers to a record that does not exist, or is still referred to",
        [],
        "reference",
      );
    }
    throw error;
  }
}
