import { readFileSync } from "node:fs";
import { type DocumentNode, Kind, type ObjectTypeDefinitionNode, parse, print } from "graphql";
import { adminInputTypeDefs } from "./adminInputTypeDefs.ts";
import { csvTypeDefs } from "./csvTypeDefs.ts";

const read = (file: string) => readFileSync(new URL(file, import.meta.url), "utf8");

const sourceSdl = read("./source.graphql");
/** The enums the regional schema and the admin API share. */
const enumsSdl = read("./enums.graphql");
export const regionSdl = `${read("./region.graphql")}\n${enumsSdl}\n${sourceSdl}`;
export const nationalSdl = `${read("./national.graphql")}\n${sourceSdl}`;
export const statusSdl = read("./status.graphql");

/**
 * The region's admin API (never composed): its own types, the shared enums, the entities' inputs
 * and patches (from their zod inputs) and the CSV formats.
 */
export function adminTypeDefs(): DocumentNode {
  return parse(`${read("./admin.graphql")}\n${enumsSdl}\n${adminInputTypeDefs(enumsSdl)}\n${csvTypeDefs()}`);
}

/** The gateway's own small subgraph: `regionStatus`. */
export function statusTypeDefs(): DocumentNode {
  return parse(statusSdl);
}

/**
 * A region is fetched by its code and the instant it is read as published at (null: now), so the
 * instant a client asks for reaches every region's entity fetch.
 */
export const REGION_KEY = "code publishedAsOf";

interface RegionType {
  typeName: string;
}

function regionInterface(document: DocumentNode) {
  const node = document.definitions.find(
    (definition) => definition.kind === Kind.INTERFACE_TYPE_DEFINITION && definition.name.value === "Region",
  );
  if (!node || node.kind !== Kind.INTERFACE_TYPE_DEFINITION) throw new Error("region.graphql has no Region");
  return node;
}

/** The `Region` interface's fields as a region type repeats them (`name` is shared by every subgraph). */
function regionTypeFields(document: DocumentNode): string[] {
  return (regionInterface(document).fields ?? []).map((field) => {
    const printed = print({ ...field, description: undefined });
    return field.name.value === "name" ? `${printed} @shareable` : printed;
  });
}

/**
 * The regional subgraph's SDL for one deployment: the shared types plus the region's own
 * object type, which repeats the `Region` interface's fields so no region can drift.
 */
export function regionTypeDefs(region: RegionType): DocumentNode {
  const fields = regionTypeFields(parse(regionSdl));
  const own = `type ${region.typeName} implements Region @key(fields: "${REGION_KEY}") {\n  ${fields.join("\n  ")}\n}`;
  return parse(`${regionSdl}\n${own}\n`);
}

/**
 * The national subgraph's SDL: the catalog plus one unresolvable stub per registry region, with
 * the national `Region` interface's fields (code, name, population).
 */
export function nationalTypeDefs(regions: readonly RegionType[]): DocumentNode {
  const fields = regionTypeFields(parse(nationalSdl));
  const stubs = regions.map(
    (region) =>
      `type ${region.typeName} implements Region @key(fields: "${REGION_KEY}", resolvable: false) {\n  ${fields.join("\n  ")}\n}`,
  );
  return parse(`${nationalSdl}\n${stubs.join("\n\n")}\n`);
}

export function objectTypeNames(document: DocumentNode): string[] {
  return document.definitions
    .filter(
      (definition): definition is ObjectTypeDefinitionNode => definition.kind === Kind.OBJECT_TYPE_DEFINITION,
    )
    .map((definition) => definition.name.value);
}
