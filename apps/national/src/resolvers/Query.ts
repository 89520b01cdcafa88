import { nationalSchema } from "@jamlik/db";
import { BadUserInputError, instantArg } from "@jamlik/schema";
import { asc } from "drizzle-orm";
import type { QueryResolvers } from "../generated/resolvers.ts";

/** The regions as read at `asOf` (normalized, not in the future), or as published now. */
const readAt = <T extends object>(regions: T[], asOf: string | null | undefined) => {
  if (asOf === null || asOf === undefined) return regions;
  const publishedAsOf = instantArg(asOf);
  return regions.map((region) => ({ ...region, publishedAsOf }));
};

export const Query: QueryResolvers = {
  regions: (_, args, { regions }) => {
    if (!args.codes) return readAt([...regions], args.asOf);
    const unknown = [
      ...new Set(args.codes.filter((code) => !regions.some((region) => region.code === code))),
    ];
    if (unknown.length > 0) {
      // A few are named (quoted and cut short), never the whole list a caller sent.
      const named = unknown.slice(0, 5).map((code) => JSON.stringify(code.slice(0, 20)));
      const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : "";
      throw new BadUserInputError(
        `Unknown region code(s) ${named.join(", ")}${more}; known: ${regions.map((r) => r.code).join(", ")}`,
        ["codes"],
      );
    }
    return readAt(
      regions.filter((region) => args.codes?.includes(region.code)),
      args.asOf,
    );
  },
  region: (_, args, { regions }) =>
    readAt(
      regions.filter((region) => region.code === args.code),
      args.asOf,
    )[0] ?? null,
  services: (_, __, { db }) =>
    db.select().from(nationalSchema.services).orderBy(asc(nationalSchema.services.position)),
  service: (_, args, { services }) => services.load(args.code),
  metrics: (_, __, { db }) =>
    db.select().from(nationalSchema.metrics).orderBy(asc(nationalSchema.metrics.position)),
  metric: (_, args, { metrics }) => metrics.load(args.code),
};
