import type { ServiceRow } from "@jamlik/db";
import type { NationalContext } from "../context.ts";

export const Service = {
  __resolveReference: (ref: { code: string }, { services }: NationalContext) => services.load(ref.code),
  regional: (service: ServiceRow) => service.regionCodes.length > 0,
};

export const Metric = {
  __resolveReference: (ref: { code: string }, { metrics }: NationalContext) => metrics.load(ref.code),
};
