/**
 * The expand/contract rule of docs/schema-governance.md, checked with real composition: during a
 * rollout one region (here the first in the registry) still serves release N of the shared SDL
 * while the other regions serve release N+1. A step is allowed when N and N+1 compose together;
 * skipping a step must fail composition. Releases are made by editing the generated SDL.
 */
import { readFileSync } from "node:fs";
import { REGIONS, type RegionEntry } from "@jamlik/registry";
import type { DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import { subgraphDefinitions } from "../src/compose.ts";
import {
  type CompositionOutcome,
  composeSubgraphs,
  schemaChanges,
} from "../src/governance/breakingChanges.ts";
import {
  addEnumValue,
  addField,
  addFieldDirective,
  changeFieldType,
  importFederationDirectives,
  removeEnumValue,
  removeField,
} from "../src/governance/sdlEdits.ts";

/** A release of the shared SDL, as an edit of what `regionTypeDefs`/`nationalTypeDefs` generate. */
type Release = (typeDefs: DocumentNode, region: RegionEntry) => DocumentNode;

const current: Release = (typeDefs) => typeDefs;
const then =
  (...releases: Release[]): Release =>
  (typeDefs, region) =>
    releases.reduce((document, release) => release(document, region), typeDefs);
const withInaccessible: Release = (typeDefs) => importFederationDirectives(typeDefs, "@inaccessible");

const [laggard] = REGIONS;
if (!laggard || REGIONS.length < 2) throw new Error("the rollout needs two regions");

const committed = readFileSync(new URL("../supergraph.graphql", import.meta.url), "utf8");

/**
 * The federation in the middle of a rollout: the first region on `older`, the other regions on
 * `newer`; national on `national` (for types it shares with the regions, such as `Source`).
 */
function rollout(
  older: Release,
  newer: Release,
  national: (typeDefs: DocumentNode) => DocumentNode = (d) => d,
) {
  return composeSubgraphs(
    subgraphDefinitions(REGIONS).map((subgraph) => {
      if (subgraph.name === "national") return { ...subgraph, typeDefs: national(subgraph.typeDefs) };
      const region = REGIONS.find((entry) => entry.subgraphName === subgraph.name);
      if (!region) return subgraph;
      return { ...subgraph, typeDefs: (region === laggard ? older : newer)(subgraph.typeDefs, region) };
    }),
  );
}

function composes(outcome: CompositionOutcome): string {
  if (!outcome.ok) {
    const errors = outcome.errors.map((error) => `[${error.code}] ${error.message}`).join("\n");
    throw new Error(`expected the rollout to compose, it failed:\n${errors}`);
  }
  return outcome.supergraphSdl;
}

function errorCodes(outcome: CompositionOutcome): string[] {
  if (outcome.ok) throw new Error("expected the rollout not to compose, it composed");
  return [...new Set(outcome.errors.map((error) => error.code ?? "?"))];
}

/** How the public schema changes from the committed supergraph to the given one. */
async function published(supergraphSdl: string) {
  const changes = await schemaChanges(committed, supergraphSdl);
  const ids = (list: { id: string }[]) => list.map((change) => change.id).sort();
  return { breaking: ids(changes.breaking), dangerous: ids(changes.dangerous), safe: ids(changes.safe) };
}

describe("(a) a new field on Region", () => {
  const field = "phone: String";
  // Step 1: the field on each region's own type only (regionTypeDefs cannot express this yet).
  const onOwnType: Release = (d, region) => addField(d, region.typeName, field);
  // Step 2: the field on the interface, and so on every region's type.
  const onInterface: Release = (d) => addField(d, "Region", field);

  it("step 1, on each region's own type only, composes with regions on the previous release", async () => {
    const supergraph = composes(rollout(current, onOwnType));
    const { breaking, dangerous, safe } = await published(supergraph);
    expect({ breaking, dangerous }).toEqual({ breaking: [], dangerous: [] });
    expect(safe).toEqual(
      REGIONS.filter((r) => r !== laggard)
        .map((r) => `FIELD_ADDED:${r.typeName}.phone`)
        .sort(),
    );
  });

  it("step 2, on the interface, composes with regions on step 1 and is safe", async () => {
    const supergraph = composes(rollout(onOwnType, onInterface));
    const { breaking, dangerous, safe } = await published(supergraph);
    expect({ breaking, dangerous }).toEqual({ breaking: [], dangerous: [] });
    expect(safe).toContain("FIELD_ADDED:Region.phone");
  });

  it("straight onto the interface does not compose while a region is on the previous release", () => {
    expect(errorCodes(rollout(current, onInterface))).toEqual(["INTERFACE_FIELD_NO_IMPLEM"]);
  });

  it("kept hidden until published, it takes three steps: own type, interface, visible", async () => {
    const hiddenOwn = then(withInaccessible, (d, region) =>
      addField(d, region.typeName, `${field} @inaccessible`),
    );
    const hiddenInterface = then(withInaccessible, (d) => addField(d, "Region", `${field} @inaccessible`));
    expect(await published(composes(rollout(current, hiddenOwn)))).toEqual({
      breaking: [],
      dangerous: [],
      safe: [],
    });
    composes(rollout(hiddenOwn, hiddenInterface));
    composes(rollout(hiddenInterface, onInterface));
    // a region type that hides the field may not implement an interface field that is published
    expect(errorCodes(rollout(hiddenOwn, onInterface))).toEqual(["IMPLEMENTED_BY_INACCESSIBLE"]);
  });

  it("nor does hiding it with @inaccessible or making it nullable help: every region type must have it", () => {
    const hidden = then(withInaccessible, (d) => addField(d, "Region", `${field} @inaccessible`));
    expect(errorCodes(rollout(current, hidden))).toEqual(["INTERFACE_FIELD_NO_IMPLEM"]);
  });
});

describe("(b) a new field on a shared @shareable value type", () => {
  for (const [type, field] of [
    ["CareUnit", "phone: String"],
    ["Measurement", "confidenceInterval: Float"],
  ] as const) {
    const name = field.slice(0, field.indexOf(":"));
    const hidden: Release = then(withInaccessible, (d) => addField(d, type, `${field} @inaccessible`));
    const visible: Release = (d) => addField(d, type, field);

    it(`${type}: step 1, @inaccessible, composes with the previous release and publishes nothing`, async () => {
      const supergraph = composes(rollout(current, hidden));
      expect(await published(supergraph)).toEqual({ breaking: [], dangerous: [], safe: [] });
    });

    it(`${type}: step 2, without @inaccessible, composes with regions on step 1`, async () => {
      const supergraph = composes(rollout(hidden, visible));
      // one region that still hides it keeps it out of the public schema
      expect(await published(supergraph)).toEqual({ breaking: [], dangerous: [], safe: [] });
    });

    it(`${type}: step 2 publishes the field, safely, once every region is on it`, async () => {
      const supergraph = composes(rollout(visible, visible));
      expect(await published(supergraph)).toEqual({
        breaking: [],
        dangerous: [],
        safe: [`FIELD_ADDED:${type}.${name}`],
      });
    });

    it(`${type}: published at once, it does not compose while a region is on the previous release`, () => {
      expect(errorCodes(rollout(current, visible))).toEqual(["SATISFIABILITY_ERROR"]);
    });
  }

  it("Source, which national serves too, needs national on step 1 before step 2", () => {
    const hidden: Release = then(withInaccessible, (d) => addField(d, "Source", "page: Int @inaccessible"));
    const visible: Release = (d) => addField(d, "Source", "page: Int");
    const nationalHidden = (d: DocumentNode) =>
      addField(importFederationDirectives(d, "@inaccessible"), "Source", "page: Int @inaccessible");
    composes(rollout(current, hidden));
    expect(errorCodes(rollout(visible, visible))).toEqual(["SATISFIABILITY_ERROR"]);
    composes(rollout(visible, visible, nationalHidden));
  });
});

describe("(c) removing a field", () => {
  describe("of a shared value type (CareUnit.kind)", () => {
    const hidden: Release = then(withInaccessible, (d) =>
      addFieldDirective(d, "CareUnit", "kind", "@inaccessible"),
    );
    const removed: Release = (d) => removeField(d, "CareUnit", "kind");

    it("step 1, @inaccessible, composes with the previous release and is the breaking change", async () => {
      const supergraph = composes(rollout(current, hidden));
      expect((await published(supergraph)).breaking).toEqual(["FIELD_REMOVED:CareUnit.kind"]);
    });

    it("step 2, the removal, composes with regions on step 1 and publishes nothing more", async () => {
      const supergraph = composes(rollout(hidden, removed));
      expect(await published(supergraph)).toEqual({
        breaking: ["FIELD_REMOVED:CareUnit.kind"],
        dangerous: [],
        safe: [],
      });
    });

    it("removed at once, it does not compose while a region is on the previous release", () => {
      expect(errorCodes(rollout(current, removed))).toEqual(["SATISFIABILITY_ERROR"]);
    });
  });

  describe("of Region (goals)", () => {
    const ownType = (region: RegionEntry) => region.typeName;
    const hidden: Release = then(withInaccessible, (d) =>
      addFieldDirective(d, "Region", "goals", "@inaccessible"),
    );
    const offInterface: Release = then(withInaccessible, (d, region) =>
      addField(removeField(d, "Region", "goals"), ownType(region), "goals: [Goal!] @inaccessible"),
    );
    const removed: Release = (d) => removeField(d, "Region", "goals");

    it("step 1, @inaccessible on the interface and the region types, composes and is the breaking change", async () => {
      const supergraph = composes(rollout(current, hidden));
      const { breaking } = await published(supergraph);
      expect(breaking).toContain("FIELD_REMOVED:Region.goals");
    });

    it("step 2, off the interface but still (hidden) on the region's own type, composes with step 1", () => {
      composes(rollout(hidden, offInterface));
    });

    it("step 3, off the region's own type, composes with step 2", () => {
      composes(rollout(offInterface, removed));
    });

    it("removed at once, or from the interface and the type together, it does not compose", () => {
      expect(errorCodes(rollout(current, removed))).toEqual(["INTERFACE_FIELD_NO_IMPLEM"]);
      expect(errorCodes(rollout(hidden, removed))).toEqual(["INTERFACE_FIELD_NO_IMPLEM"]);
    });

    it("a region type may not hide a field the interface still publishes", () => {
      expect(errorCodes(rollout(current, offInterface))).toEqual(["IMPLEMENTED_BY_INACCESSIBLE"]);
    });
  });
});

describe("(d) changing a field's type", () => {
  it("in place does not compose while a region is on the previous release", () => {
    const changed: Release = (d) => changeFieldType(d, "Measurement", "value", "String");
    expect(errorCodes(rollout(current, changed))).toEqual(["FIELD_TYPE_MISMATCH"]);
    const onRegion: Release = (d) => changeFieldType(d, "Region", "audits", "Int");
    expect(errorCodes(rollout(current, onRegion))).toEqual(["FIELD_TYPE_MISMATCH"]);
  });

  it("is done as a new field (expand, b) and the removal of the old one (contract, c)", () => {
    const expanded: Release = then(withInaccessible, (d) =>
      addField(d, "Measurement", "valueText: String @inaccessible"),
    );
    const published: Release = (d) => addField(d, "Measurement", "valueText: String");
    const oldHidden: Release = then(published, withInaccessible, (d) =>
      addFieldDirective(d, "Measurement", "value", "@inaccessible"),
    );
    const contracted: Release = then(published, (d) => removeField(d, "Measurement", "value"));
    composes(rollout(current, expanded));
    composes(rollout(expanded, published));
    composes(rollout(published, oldHidden));
    composes(rollout(oldHidden, contracted));
  });

  it("only nullability may change in place: it composes, and loosening it is breaking", async () => {
    const loosened = composes(rollout(current, (d) => changeFieldType(d, "Measurement", "period", "String")));
    expect((await published(loosened)).breaking).toEqual(["FIELD_TYPE_CHANGED:Measurement.period"]);
    const tightened = composes(rollout(current, (d) => changeFieldType(d, "Measurement", "value", "Float!")));
    // the supergraph keeps the nullable type while any region serves it
    expect(await published(tightened)).toEqual({ breaking: [], dangerous: [], safe: [] });
  });
});

describe("(e) a new enum value", () => {
  it("of an output-only enum composes region by region and is flagged dangerous", async () => {
    const supergraph = composes(rollout(current, (d) => addEnumValue(d, "ActivityStatus", "POSTPONED")));
    expect(await published(supergraph)).toEqual({
      breaking: [],
      dangerous: ["ENUM_VALUE_ADDED:ActivityStatus.POSTPONED"],
      safe: [],
    });
  });

  it("removed from an output-only enum stays published while any region still serves it", async () => {
    const supergraph = composes(rollout(current, (d) => removeEnumValue(d, "Sex", "T")));
    expect(await published(supergraph)).toEqual({ breaking: [], dangerous: [], safe: [] });
  });

  it("of an enum that is also an argument type does not compose until every region has it", () => {
    const bySex: Release = (d, region) => addField(d, region.typeName, "bySex(sex: Sex): [Measurement!]");
    expect(
      errorCodes(
        rollout(
          bySex,
          then(bySex, (d) => addEnumValue(d, "Sex", "X")),
        ),
      ),
    ).toEqual(["ENUM_VALUE_MISMATCH"]);
    expect(
      errorCodes(
        rollout(
          bySex,
          then(bySex, (d) => removeEnumValue(d, "Sex", "T")),
        ),
      ),
    ).toEqual(["ENUM_VALUE_MISMATCH"]);
  });
});
