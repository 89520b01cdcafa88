import { buildSubgraphSchema } from "@apollo/subgraph";
import {
  ACTIVITY_STATUSES,
  ATTAINMENTS,
  COMPARATORS,
  METRIC_UNITS,
  MISSING_REASONS,
  PROVIDERS,
  SERVICE_KINDS,
  SEXES,
} from "@jamlik/domain/enums";
import {
  type ConstDirectiveNode,
  type DocumentNode,
  type EnumTypeDefinitionNode,
  type FieldDefinitionNode,
  type InterfaceTypeDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  parse,
  print,
} from "graphql";
import { describe, expect, it } from "vitest";
import { nationalSdl, nationalTypeDefs, objectTypeNames, regionSdl, regionTypeDefs } from "./typeDefs.ts";

const REGIONS = [{ typeName: "Norrbotten" }, { typeName: "Vastmanland" }, { typeName: "Halland" }];

function objectType(document: DocumentNode, name: string): ObjectTypeDefinitionNode {
  const node = document.definitions.find(
    (definition): definition is ObjectTypeDefinitionNode =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === name,
  );
  if (!node) throw new Error(`no object type ${name}`);
  return node;
}

function objectTypes(document: DocumentNode): ObjectTypeDefinitionNode[] {
  return document.definitions.filter(
    (definition): definition is ObjectTypeDefinitionNode => definition.kind === Kind.OBJECT_TYPE_DEFINITION,
  );
}

function regionInterface(document: DocumentNode): InterfaceTypeDefinitionNode {
  const node = document.definitions.find(
    (definition): definition is InterfaceTypeDefinitionNode =>
      definition.kind === Kind.INTERFACE_TYPE_DEFINITION && definition.name.value === "Region",
  );
  if (!node) throw new Error("no interface Region");
  return node;
}

function enumValues(document: DocumentNode, name: string): string[] {
  const node = document.definitions.find(
    (definition): definition is EnumTypeDefinitionNode =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === name,
  );
  if (!node) throw new Error(`no enum ${name}`);
  return (node.values ?? []).map((value) => value.name.value);
}

function field(node: { fields?: readonly FieldDefinitionNode[] }, name: string): FieldDefinitionNode {
  const found = node.fields?.find((f) => f.name.value === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

const fieldNames = (node: { fields?: readonly FieldDefinitionNode[] }) =>
  (node.fields ?? []).map((f) => f.name.value);

const argumentList = (f: FieldDefinitionNode) =>
  (f.arguments ?? []).map((argument) => print({ ...argument, description: undefined }));

const directives = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  (node.directives ?? []).filter((directive) => directive.name.value === name);

/** The arguments of a directive as `name: value` strings, e.g. `fields: "code"`. */
const directiveArguments = (directive: ConstDirectiveNode | undefined) =>
  (directive?.arguments ?? []).map((argument) => `${argument.name.value}: ${print(argument.value)}`);

/** Asserts the object or interface type has every field in `shape`; nested shapes name the field's type. */
type Shape = Record<string, true | string[] | Record<string, unknown>>;

function namedType(f: FieldDefinitionNode): string {
  let type = f.type;
  while (type.kind !== Kind.NAMED_TYPE) type = type.type;
  return type.name.value;
}

describe("regionTypeDefs", () => {
  const document = regionTypeDefs({ typeName: "Norrbotten" });
  const shared = parse(regionSdl);
  const iface = regionInterface(document);
  const own = objectType(document, "Norrbotten");

  it("adds exactly one object type to the shared SDL", () => {
    expect(objectTypeNames(document)).toEqual([...objectTypeNames(shared), "Norrbotten"]);
  });

  it('declares the region\'s type implementing Region with @key(fields: "code publishedAsOf")', () => {
    expect(own.interfaces?.map((i) => i.name.value)).toEqual(["Region"]);
    const keys = directives(own, "key");
    expect(keys).toHaveLength(1);
    expect(directiveArguments(keys[0])).toEqual(['fields: "code publishedAsOf"']);
  });

  it("repeats the Region interface's field names in order", () => {
    expect(fieldNames(own)).toEqual(fieldNames(iface));
    expect(fieldNames(own).length).toBeGreaterThan(10);
  });

  it("repeats the Region interface's argument lists and types", () => {
    for (const f of iface.fields ?? []) {
      const mine = field(own, f.name.value);
      expect(argumentList(mine), f.name.value).toEqual(argumentList(f));
      expect(print(mine.type), f.name.value).toBe(print(f.type));
    }
    expect(argumentList(field(own, "latest"))).toEqual(["metric: ID!"]);
    expect(argumentList(field(own, "measurements"))).toEqual(["metric: ID", "from: String", "to: String"]);
  });

  it("marks name, and only name, @shareable", () => {
    expect(directives(field(own, "name"), "shareable")).toHaveLength(1);
    const others = (own.fields ?? []).filter((f) => f.name.value !== "name");
    for (const f of others) expect(directives(f, "shareable"), f.name.value).toHaveLength(0);
  });

  it("uses the given type name", () => {
    const halland = regionTypeDefs({ typeName: "Halland" });
    expect(objectTypeNames(halland)).toContain("Halland");
    expect(objectTypeNames(halland)).not.toContain("Norrbotten");
  });

  it("builds a valid subgraph schema for every region", () => {
    for (const region of REGIONS) {
      const schema = buildSubgraphSchema({ typeDefs: regionTypeDefs(region) });
      expect(schema.getType(region.typeName)).toBeDefined();
    }
  });
});

describe("Region interface (architecture rule: a region that is down nulls only its own fields)", () => {
  const iface = regionInterface(parse(regionSdl));
  const own = objectType(regionTypeDefs({ typeName: "Norrbotten" }), "Norrbotten");

  it("has non-null code and name", () => {
    expect(print(field(iface, "code").type)).toBe("ID!");
    expect(print(field(iface, "name").type)).toBe("String!");
  });

  it.each((iface.fields ?? []).map((f) => f.name.value).filter((name) => name !== "code" && name !== "name"))(
    "leaves %s nullable in the interface and in the region's type",
    (name) => {
      expect(field(iface, name).type.kind).not.toBe(Kind.NON_NULL_TYPE);
      expect(field(own, name).type.kind).not.toBe(Kind.NON_NULL_TYPE);
    },
  );
});

describe("nationalTypeDefs", () => {
  const document = nationalTypeDefs(REGIONS);

  it("adds one stub per region, in the given order", () => {
    expect(objectTypeNames(document)).toEqual([
      ...objectTypeNames(parse(nationalSdl)),
      "Norrbotten",
      "Vastmanland",
      "Halland",
    ]);
  });

  it.each(REGIONS.map((r) => r.typeName))(
    "declares %s as an unresolvable entity implementing Region",
    (name) => {
      const stub = objectType(document, name);
      expect(stub.interfaces?.map((i) => i.name.value)).toEqual(["Region"]);
      const keys = directives(stub, "key");
      expect(keys).toHaveLength(1);
      expect(directiveArguments(keys[0])).toEqual(['fields: "code publishedAsOf"', "resolvable: false"]);
      expect(fieldNames(stub)).toEqual(["code", "name", "publishedAsOf", "population"]);
      expect(print(field(stub, "code").type)).toBe("ID!");
      expect(print(field(stub, "population").type)).toBe("Population");
      expect(directives(field(stub, "name"), "shareable")).toHaveLength(1);
    },
  );

  it("adds no stubs without regions", () => {
    expect(objectTypeNames(nationalTypeDefs([]))).toEqual(objectTypeNames(parse(nationalSdl)));
  });

  it("builds a valid subgraph schema", () => {
    const schema = buildSubgraphSchema({ typeDefs: document });
    expect(schema.getQueryType()?.getFields().regions).toBeDefined();
  });

  it("matches the region subgraphs' shared fields of Region; population is national's own", () => {
    const national = regionInterface(parse(nationalSdl));
    const regional = regionInterface(parse(regionSdl));
    for (const f of national.fields ?? []) {
      if (f.name.value === "population") {
        expect(regional.fields?.some((r) => r.name.value === "population")).toBe(false);
        continue;
      }
      expect(print(field(regional, f.name.value).type)).toBe(print(f.type));
    }
  });
});

describe("region.graphql value types", () => {
  const shared = parse(regionSdl);
  const owned = new Set(["Service", "Metric"]);

  it("marks every value type @shareable", () => {
    const values = objectTypes(shared).filter((type) => !owned.has(type.name.value));
    expect(values.length).toBeGreaterThan(10);
    for (const type of values) expect(directives(type, "shareable"), type.name.value).toHaveLength(1);
  });

  it("references Service and Metric as unresolvable entities of the national subgraph", () => {
    for (const name of owned) {
      const stub = objectType(shared, name);
      expect(directives(stub, "shareable")).toHaveLength(0);
      expect(directiveArguments(directives(stub, "key")[0])).toEqual(['fields: "code"', "resolvable: false"]);
      expect(fieldNames(stub)).toEqual(["code"]);
    }
  });

  it("keeps the enums in step with enums.ts", () => {
    expect(enumValues(shared, "Sex")).toEqual([...SEXES]);
    expect(enumValues(shared, "MissingReason")).toEqual([...MISSING_REASONS]);
    expect(enumValues(shared, "Comparator")).toEqual([...COMPARATORS]);
    expect(enumValues(shared, "Attainment")).toEqual([...ATTAINMENTS]);
    expect(enumValues(shared, "ActivityStatus")).toEqual([...ACTIVITY_STATUSES]);
    expect(enumValues(shared, "Provider")).toEqual([...PROVIDERS]);
    const national = parse(nationalSdl);
    expect(enumValues(national, "ServiceKind")).toEqual([...SERVICE_KINDS]);
    expect(enumValues(national, "MetricUnit")).toEqual([...METRIC_UNITS]);
  });
});

/**
 * Walks `shape` against the types of `document`: a key names a field of `typeName`; `true`
 * only requires the field, a string array lists its arguments (printed), and an object
 * recurses into the field's named type.
 */
function expectShape(document: DocumentNode, typeName: string, shape: Shape, path = typeName): void {
  const node = document.definitions.find(
    (definition): definition is ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode =>
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
        definition.kind === Kind.INTERFACE_TYPE_DEFINITION) &&
      definition.name.value === typeName,
  );
  expect(node, `type ${path}`).toBeDefined();
  if (!node) return;
  for (const [name, expected] of Object.entries(shape)) {
    const f = node.fields?.find((candidate) => candidate.name.value === name);
    expect(f, `field ${path}.${name}`).toBeDefined();
    if (!f) continue;
    if (Array.isArray(expected)) expect(argumentList(f), `arguments of ${path}.${name}`).toEqual(expected);
    else if (expected !== true) expectShape(document, namedType(f), expected as Shape, `${path}.${name}`);
  }
}

describe("public contract", () => {
  it("national: Query.regions(codes), region(code), services, metrics", () => {
    const document = nationalTypeDefs(REGIONS);
    expectShape(document, "Query", {
      regions: ["codes: [ID!]", "asOf: String"],
      region: ["code: ID!", "asOf: String"],
      services: [],
      metrics: [],
    });
    expect(print(field(objectType(document, "Query"), "regions").type)).toBe("[Region!]!");
    expect(print(field(objectType(document, "Query"), "region").type)).toBe("Region");
  });

  it("region: the fields clients rely on", () => {
    const document = regionTypeDefs({ typeName: "Norrbotten" });
    const source = { document: true, dnr: true, quote: true };
    const shape: Shape = {
      latest: ["metric: ID!"],
      careUnits: {
        hsaId: true,
        name: true,
        municipality: { code: true, name: true },
        demo: true,
        offerings: { service: true, validFrom: true, validTo: true },
      },
      basutbud: { validFrom: true, services: true, decision: true },
      coverage: {
        share: true,
        unitsTotal: true,
        unitsComplete: true,
        gaps: { careUnit: true, missing: true },
      },
      measurements: {
        metric: true,
        period: true,
        value: true,
        sex: true,
        missing: true,
        source,
      },
      goals: {
        metric: true,
        target: true,
        comparator: true,
        period: true,
        attainment: true,
        latest: true,
      },
      recommendations: {
        text: true,
        audit: { title: true, year: true },
        decisions: { dnr: true },
        activities: { title: true },
      },
      actionPlans: {
        title: true,
        activities: { title: true, due: true, status: true, completedOn: true, overdue: ["asOf: String!"] },
      },
    };
    expectShape(document, "Region", shape);
    expectShape(document, "Norrbotten", shape);
    expect(namedType(field(objectType(document, "Norrbotten"), "latest"))).toBe("Measurement");
    expect(namedType(field(objectType(document, "Goal"), "latest"))).toBe("Measurement");
  });
});
