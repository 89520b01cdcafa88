import { formatNumber, METRIC_UNIT } from "@jamlik/ui";
import type { MetricUnit } from "./graphql/fragmentTypes.ts";

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

/** The unit in words; the documents do not state every metric's unit. */
export function unitName(unit: MetricUnit | null): string {
  return unit ? METRIC_UNIT[unit] : "enheten anges inte";
}

/** "3,2 per 1 000 invånare": a count set against the population it comes from. */
export function formatRate(count: number, population: number): string {
  return `${formatNumber((count * 1000) / population)} per 1\u00a0000 invånare`;
}

/** A share in percent, or a dash when there is none. */
export function formatShare(share: number | null): string {
  return share === null ? "–" : `${formatNumber(share)}\u00a0%`;
}
