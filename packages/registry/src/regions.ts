import { z } from "zod";

/**
 * The participating regions: the one place in the code base that names a region.
 * The national subgraph's stub types, the gateway's subgraph list, the composed supergraph,
 * the launcher's processes and the seed files are all looked up from here.
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

export const REGIONS: readonly RegionEntry[] = registrySchema.parse([
  {
    code: "SE-BD",
    scbCode: "25",
    name: "Region Norrbotten",
    typeName: "Norrbotten",
    subgraphName: "region_se_bd",
    port: 4101,
  },
  {
    code: "SE-U",
    scbCode: "19",
    name: "Region Västmanland",
    typeName: "Vastmanland",
    subgraphName: "region_se_u",
    port: 4102,
  },
  {
    code: "SE-N",
    scbCode: "13",
    name: "Region Halland",
    typeName: "Halland",
    subgraphName: "region_se_n",
    port: 4103,
  },
]);
