/** Scales and ticks for the SVG charts (pure: unit tested). */

export interface Domain {
  min: number;
  max: number;
}

/** A step of 1, 2 or 5 × 10^n that splits `range` into about `count` parts. */
export function niceStep(range: number, count = 5): number {
  if (!(range > 0)) return 1;
  const raw = range / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** The y-axis: from 0 (all the API's metrics are counts, shares, minutes or indices) to a round number above the data. */
export function valueDomain(values: readonly number[], percent: boolean): Domain & { step: number } {
  const high = Math.max(0, ...values);
  if (percent && high <= 100) return { min: 0, max: 100, step: 20 };
  const step = niceStep(high || 1);
  return { min: 0, max: Math.ceil((high || 1) / step) * step, step };
}

export function ticks(domain: Domain, step: number): number[] {
  const result: number[] = [];
  for (let value = domain.min; value <= domain.max + step / 1e6; value += step)
    result.push(Number(value.toFixed(10)));
  return result;
}

/** Whole years covering every period span (at least one). */
export function yearDomain(spans: readonly { start: number; end: number }[]): Domain {
  if (spans.length === 0) {
    const year = new Date().getFullYear();
    return { min: year, max: year + 1 };
  }
  const min = Math.floor(Math.min(...spans.map((s) => s.start)));
  const max = Math.ceil(Math.max(...spans.map((s) => s.end)));
  return { min, max: Math.max(max, min + 1) };
}

/** Maps `domain` linearly onto `[from, to]` (to < from for a y-axis that grows upwards). */
export function linear(domain: Domain, from: number, to: number): (value: number) => number {
  const span = domain.max - domain.min || 1;
  return (value) => from + ((value - domain.min) / span) * (to - from);
}
