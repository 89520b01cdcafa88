import { readFileSync } from "node:fs";
import { z } from "zod";

/**
 * The participating regions, read from `data/regions.json`: the one place that names a region.
 * The national subgraph's stub types, the gateway's subgraph list, the composed supergraph,
 * the launcher's processes, the infra manifests and the seed files are all looked up from here.
 */
export const regionEntrySchema = z.object({
  /** ISO 3166-2 code, the public identifier (`Region.code`). */
  code: z.string().regex(/^SE-[A-Z]{1,2}$/),
  /** SCB county code (länskod). */
  scbCode: z.string().regex(/^\d{2}$/),
  name: z.string().min(1),
  /** GraphQL type name owned by this region's subgraph. */
  typeName: z.string().regex(/^[A-Z][A-Za-z]*$/),
  /** Subgraph name in the supergraph. */
  subgraphName: z.string().regex(/^[a-z][a-z0-9_]*$/),
  /** Port of the subgraph in the local stack (4101 upwards in registry order). */
  port: z.number().int().min(1024).max(65535),
  /**
   * The population (folkmängd) at a year, only with where it comes from: rates per 1 000
   * invånare are shown only where it is known. Synthetic figures are marked demo.
   */
  population: z
    .object({
      count: z.number().int().positive(),
      year: z.number().int().min(1900).max(2100),
      demo: z.boolean(),
      source: z
        .object({ document: z.string().min(1), dnr: z.string().nullable(), quote: z.string().nullable() })
        .nullable(),
      note: z.string().nullable(),
    })
    .refine((p) => p.demo || p.source !== null, "a population that is not demo needs its source")
    .optional(),
});

export type RegionEntry = z.infer<typeof regionEntrySchema>;
/** A region's population with its year and source. */
export type Population = NonNullable<RegionEntry["population"]>;

export const registrySchema = z
  .array(regionEntrySchema)
  .min(1)
  .superRefine((regions, ctx) => {
    for (const key of ["code", "scbCode", "typeName", "subgraphName", "port"] as const) {
      const seen = new Set<unknown>();
      for (const [index, region] of regions.entries()) {
        if (seen.has(region[key])) {
          ctx.addIssue({ code: "custom", path: [index, key], message: `duplicate ${key} ${region[key]}` });
        }
        seen.add(region[key]);
      }
    }
  });

/** One region of `data/regions.json`: what is known of it, without anything derived. */
const regionFactsSchema = regionEntrySchema
  .pick({ code: true, scbCode: true, name: true, typeName: true })
  .extend({
    /** Approximate population in thousands (about 2023), from no source: sizes synthetic data only. */
    syntheticPopulation: z.number().int().positive(),
  });

export const registryFileSchema = z
  .object({
    description: z.string(),
    regions: z.array(regionFactsSchema).min(1),
    registries: z.record(
      z.string().regex(/^[a-z0-9-]+$/),
      z.object({
        description: z.string(),
        /** The registry's regions by code, in order: the order gives the ports. */
        regions: z.array(z.string()).min(1),
        /** Its regions get synthetic data and a demo population. */
        synthetic: z.boolean(),
      }),
    ),
  })
  .superRefine((file, ctx) => {
    const known = new Set(file.regions.map((region) => region.code));
    for (const [name, registry] of Object.entries(file.registries)) {
      for (const [index, code] of registry.regions.entries()) {
        if (!known.has(code))
          ctx.addIssue({
            code: "custom",
            path: ["registries", name, "regions", index],
            message: `unknown region ${code}`,
          });
      }
    }
  });

export type RegistryFile = z.infer<typeof registryFileSchema>;

/** The first local port of a registry's regions; each next region takes the next port. */
export const FIRST_REGION_PORT = 4101;

/** The subgraph name a region's code gives: SE-BD → region_se_bd. */
export const subgraphNameOf = (code: string) => `region_${code.toLowerCase().replace(/-/g, "_")}`;

/** A registry's entries from the file: its regions in order, subgraph names and ports derived. */
export function buildRegistry(file: RegistryFile, name: string): RegionEntry[] {
  const registry = file.registries[name];
  if (!registry) throw new Error(`no registry "${name}" in data/regions.json`);
  const facts = new Map(file.regions.map((region) => [region.code, region]));
  return registrySchema.parse(
    registry.regions.map((code, index) => {
      const { syntheticPopulation, ...region } = facts.get(code) as RegistryFile["regions"][number];
      return {
        ...region,
        subgraphName: subgraphNameOf(code),
        port: FIRST_REGION_PORT + index,
        ...(registry.synthetic && {
          population: {
            count: syntheticPopulation * 1000,
            year: 2023,
            demo: true,
            source: null,
            note: "Ungefärlig folkmängd som dimensionerar de syntetiska uppgifterna; inte hämtad ur någon källa.",
          },
        }),
      };
    }),
  );
}

export const REGISTRY_FILE: RegistryFile = registryFileSchema.parse(
  JSON.parse(readFileSync(new URL("../data/regions.json", import.meta.url), "utf8")),
);

/** The pilot's regions: the ones the source documents are about. */
export const REGIONS: readonly RegionEntry[] = buildRegistry(REGISTRY_FILE, "pilot");
