import { type SQL, sql } from "drizzle-orm";

const snakeCase = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The `set` of an `onConflictDoUpdate` that takes every given column from the proposed row
 * (`excluded`), and touches `updatedAt`. Keys are the schema's camelCase names.
 */
export function setFromExcluded<K extends string>(keys: readonly K[]): Record<K | "updatedAt", SQL> {
  const set = Object.fromEntries(keys.map((key) => [key, sql.raw(`excluded.${snakeCase(key)}`)]));
  return { ...set, updatedAt: sql`now()` } as Record<K | "updatedAt", SQL>;
}
