import type { MetricUnit } from "./graphql/fragmentTypes.ts";

const numberFormats = new Map<number, Intl.NumberFormat>();

/** A number the Swedish way: decimal comma, a space between thousands (206 000, 37,5). */
export function formatNumber(value: number, maximumFractionDigits = 1): string {
  let format = numberFormats.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat("sv-SE", { maximumFractionDigits });
    numberFormats.set(maximumFractionDigits, format);
  }
  // Intl writes U+2212 for minus: a plain hyphen-minus reads the same and copies better.
  return format.format(value).replace("\u2212", "-");
}

const UNIT_SUFFIX: Record<MetricUnit, string> = {
  PERCENT: "\u00a0%",
  MINUTES: "\u00a0min",
  COUNT: "",
  INDEX: "",
};

/** A measured value with its unit: "83 %", "24 min", "206 000"; a bare number when the unit is not stated. */
export function formatValue(value: number, unit: MetricUnit | null): string {
  return `${formatNumber(value)}${unit ? UNIT_SUFFIX[unit] : ""}`;
}

const UNIT_NAMES: Record<MetricUnit, string> = {
  PERCENT: "procent",
  MINUTES: "minuter",
  COUNT: "antal",
  INDEX: "index",
};

/** The unit in words; the documents do not state every metric's unit. */
export function unitName(unit: MetricUnit | null): string {
  return unit ? UNIT_NAMES[unit] : "enheten anges inte";
}

/** "3,2 per 1 000 invånare": a count set against the population it comes from. */
export function formatRate(count: number, population: number): string {
  return `${formatNumber((count * 1000) / population)} per 1\u00a0000 invånare`;
}

/** A share in percent, or a dash when there is none. */
export function formatShare(share: number | null): string {
  return share === null ? "–" : `${formatNumber(share)}\u00a0%`;
}

/** "2026-11-25T08:01:02.000Z" → "2026-11-25 09:01" in the reader's time zone. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString("sv-SE", { dateStyle: "short", timeStyle: "short" });
}

/** Today in the reader's time zone as YYYY-MM-DD (the API's `asOf` dates). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "1 vårdenhet", "3 vårdenheter". */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count, 0)} ${count === 1 ? one : many}`;
}
