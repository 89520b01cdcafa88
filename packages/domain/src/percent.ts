/**
 * `part` of `total` as a percentage rounded to one decimal (half up), or null when `total` is 0.
 * Computed as round(part * 1000 / total) / 10 to avoid binary-fraction drift (1 of 8 → 12.5).
 */
export function percentShare(part: number, total: number): number | null {
  if (total === 0) return null;
  return Math.round((part * 1000) / total) / 10;
}
