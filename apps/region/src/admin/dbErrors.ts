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

/**
 * The input fields of a unique violation, from PostgreSQL's detail ("Key (hsa_id)=(…) already
 * exists."): the column names only, as the admin API names them. The values, the constraint's name
 * and anything else of the detail never reach the client.
 */
export function uniqueFields(detail: string | undefined): string[] {
  const columns = /^Key \(([^)]*)\)=/.exec(detail ?? "")?.[1];
  if (!columns) return [];
  return columns
    .split(",")
    .map((column) => column.trim())
    .filter((column) => /^[a-z_][a-z0-9_]*$/.test(column))
    .map((column) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()));
}

/**
 * Turns constraint violations and data exceptions into BAD_USER_INPUT (never with the SQL or its
 * parameters); everything else is rethrown unchanged (and answered as an internal error).
 */
export async function translateDbErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const pg = pgError(error);
    if (pg?.code === "23505") {
      const fields = uniqueFields(pg.detail);
      throw new BadUserInputError(
        fields.length
          ? `Already exists: another record has the same ${fields.join(" and ")}`
          : "Already exists: another record has the same values",
        fields.length ? ["input", fields[0] as string] : [],
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
    if (pg?.code?.startsWith("22")) {
      // A data exception (a value out of range, a character text cannot hold): validation should
      // have refused it first; answered without the statement or its parameters.
      throw new BadUserInputError(
        "A value was refused by the database: it is outside what can be stored",
        [],
        "database",
      );
    }
    throw error;
  }
}
