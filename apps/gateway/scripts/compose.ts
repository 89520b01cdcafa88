/** Writes apps/gateway/supergraph.graphql from the registry and the subgraph schemas. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { REGIONS } from "@jamlik/registry";
import { composeSupergraph } from "../src/compose.ts";

const target = fileURLToPath(new URL("../supergraph.graphql", import.meta.url));
const { supergraphSdl } = composeSupergraph(REGIONS);
writeFileSync(target, supergraphSdl);
console.log(`wrote ${target} (${REGIONS.length} regions)`);
