import { composeServices } from "@apollo/composition";
import { REGIONS } from "@jamlik/registry";
import type { DocumentNode } from "graphql";
import { subgraphDefinitions } from "../../compose.ts";
import * as e from "../sdlEdits.ts";

type Edit = (d: DocumentNode) => DocumentNode;
const id: Edit = (d) => d;
function run(label: string, newer: Edit, older: Edit = id, national: Edit = id) {
  const defs = subgraphDefinitions(REGIONS).map((s, i) => {
    if (s.name === "national") return { ...s, typeDefs: national(s.typeDefs) };
    return { ...s, typeDefs: i <= 1 ? older(s.typeDefs) : newer(s.typeDefs) };
  });
  const r = composeServices(defs);
  console.log(`\n== ${label}: ${r.errors ? "FAILS" : "composes"}`);
  for (const err of r.errors ?? [])
    console.log("  E", (err as any).extensions?.code, err.message.slice(0, 300));
  for (const h of r.hints ?? [])
    if (
      !/careUnits|municipalities|basutbud|coverage|measurements|latest|goals|audits|recommendations|decisions|actionPlans/.test(
        h.toString(),
      )
    )
      console.log("  H", h.toString().slice(0, 300));
}
const inacc: Edit = (d) => e.importFederationDirectives(d, "@inaccessible");
const c =
  (...fs: Edit[]): Edit =>
  (d) =>
    fs.reduce((x, f) => f(x), d);
const ownTypes = ["Norrbotten", "Vastmanland", "Halland"];
const onOwn =
  (sdl: string): Edit =>
  (d) =>
    ownTypes.reduce((x, t) => e.addField(x, t, sdl), d);
const removeOwn =
  (f: string): Edit =>
  (d) =>
    ownTypes.reduce((x, t) => e.removeField(x, t, f), d);

run("a-step1: field on own type only (new), old nothing", onOwn("newField: String"));
run(
  "a-step1i: field on own type only @inaccessible (new), old nothing",
  c(inacc, onOwn("newField: String @inaccessible")),
);
run(
  "a-step2: interface+type (new), old has own type only",
  (d) => e.addField(d, "Region", "newField: String"),
  onOwn("newField: String"),
);
run("a-skip: interface+type (new), old nothing", (d) => e.addField(d, "Region", "newField: String"));
run("a-nonnull: own type newField: String! (new)", onOwn("newField: String!"));
run(
  "b4: CareUnit.newField String! @inaccessible",
  c(inacc, (d) => e.addField(d, "CareUnit", "newField: String! @inaccessible")),
);
run(
  "b-step2: CareUnit.newField public (new), @inaccessible (old)",
  (d) => e.addField(d, "CareUnit", "newField: String"),
  c(inacc, (d) => e.addField(d, "CareUnit", "newField: String @inaccessible")),
);
run("b-skip: CareUnit.newField public (new), old nothing", (d) =>
  e.addField(d, "CareUnit", "newField: String"),
);
run(
  "b5: Source.newField @inaccessible in regions (new), national+old nothing",
  c(inacc, (d) => e.addField(d, "Source", "newField: String @inaccessible")),
);
run(
  "b6: Source.newField public in all regions, national nothing",
  (d) => e.addField(d, "Source", "newField: String"),
  (d) => e.addField(d, "Source", "newField: String"),
);
run(
  "c7: Region.goals: new drops from interface, keeps on own type @inaccessible; old @inaccessible on both",
  c(inacc, (d) => e.removeField(d, "Region", "goals"), onOwn("goals: [Goal!] @inaccessible")),
  c(inacc, (d) => e.addFieldDirective(d, "Region", "goals", "@inaccessible")),
);
run(
  "c8: Region.goals: new drops from interface and own type; old dropped from interface, own @inaccessible",
  c(inacc, (d) => e.removeField(d, "Region", "goals")),
  c(inacc, (d) => e.removeField(d, "Region", "goals"), onOwn("goals: [Goal!] @inaccessible")),
);
run("c9: Region.goals: new drops from interface and type, old plain", (d) =>
  e.removeField(d, "Region", "goals"),
);
run(
  "c10: Region.goals: new drops interface only keeps type plain; old plain",
  c((d) => e.removeField(d, "Region", "goals"), onOwn("goals: [Goal!]")),
);
run(
  "c11: Region.goals: new drops interface+type; old drops interface only keeps type plain",
  (d) => e.removeField(d, "Region", "goals"),
  c((d) => e.removeField(d, "Region", "goals"), onOwn("goals: [Goal!]")),
);
run("c-skip: CareUnit.kind removed (new), old plain", (d) => e.removeField(d, "CareUnit", "kind"));
run(
  "c-all-inacc: CareUnit.kind @inaccessible everywhere",
  c(inacc, (d) => e.addFieldDirective(d, "CareUnit", "kind", "@inaccessible")),
  c(inacc, (d) => e.addFieldDirective(d, "CareUnit", "kind", "@inaccessible")),
);
const sexArg: Edit = (d) => ownTypes.reduce((x, t) => e.addField(x, t, "bySex(sex: Sex): [Measurement!]"), d);
run(
  "e4: enum used as argument, new value in new",
  c(sexArg, (d) => e.addEnumValue(d, "Sex", "X")),
  sexArg,
);
run(
  "e5: enum used as argument, value removed in new",
  c(sexArg, (d) => e.removeEnumValue(d, "Sex", "T")),
  sexArg,
);
run(
  "d6: new replacement field valueText @inaccessible",
  c(inacc, (d) => e.addField(d, "Measurement", "valueText: String @inaccessible")),
);
