import { parsePeriod } from "@jamlik/domain";

/**
 * Seeded rows are published (facts from public board documents, or benchmark data), all at the
 * moment the seed runs: call once per seed, not at import.
 */
export const publishedNow = () => ({
  publication: "PUBLISHED" as const,
  publishedAt: new Date().toISOString(),
});

/** A measurement row's period columns: the period and its sortable bounds. */
export function periodColumns(period: string) {
  const { start, end } = parsePeriod(period);
  return { period, periodStart: start, periodEnd: end };
}
