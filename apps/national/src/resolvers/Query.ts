import { nationalSchema } from "@jamlik/db";
import { BadUserInputError } from "@jamlik/schema";
import { asc } from "drizzle-orm";
import type { QueryResolvers } from "../generated/resolvers.ts";

export const Query: QueryResolvers = {
  regions: (_, args, { regions }) => {
    if (!args.codes) return [...regions];
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
    return regions.filter((region) => args.codes?.includes(region.code));
  },
  region: (_, args, { regions }) => regions.find((region) => region.code === args.code) ?? null,
  services: (_, __, { db }) =>
    db.select().from(nationalSchema.services).orderBy(asc(nationalSchema.services.position)),
  service: (_, args, { services }) => services.load(args.code),
  metrics: (_, __, { db }) =>
    db.select().from(nationalSchema.metrics).orderBy(asc(nationalSchema.metrics.position)),
  metric: (_, args, { metrics }) => metrics.load(args.code),
};
