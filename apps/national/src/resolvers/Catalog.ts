import type { MetricRow, ServiceRow } from "@jamlik/db";
import type { NationalContext } from "../context.ts";

const sourceOf = (row: ServiceRow | MetricRow) =>
  row.sourceDocument ? { document: row.sourceDocument, dnr: row.sourceDnr, quote: row.sourceQuote } : null;

export const Service = {
  __resolveReference: (ref: { code: string }, { services }: NationalContext) => services.load(ref.code),
  regional: (service: ServiceRow) => service.regionCodes.length > 0,
  source: sourceOf,
};

export const Metric = {
  __resolveReference: (ref: { code: string }, { metrics }: NationalContext) => metrics.load(ref.code),
  source: sourceOf,
};
