import type { MetricRow, ServiceRow } from "@jamlik/db";
import type { MetricResolvers, ServiceResolvers } from "../generated/resolvers.ts";

const sourceOf = (row: ServiceRow | MetricRow) =>
  row.sourceDocument ? { document: row.sourceDocument, dnr: row.sourceDnr, quote: row.sourceQuote } : null;

export const Service: ServiceResolvers = {
  __resolveReference: (ref, { services }) => services.load(ref.code),
  regional: (service) => service.regionCodes.length > 0,
  source: sourceOf,
};

export const Metric: MetricResolvers = {
  __resolveReference: (ref, { metrics }) => metrics.load(ref.code),
  source: sourceOf,
};
