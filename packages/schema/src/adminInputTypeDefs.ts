import { parse } from "graphql";
import type { z } from "zod";
import { type AdminInputs, adminInputs } from "./admin.ts";

/**
 * The admin API's entity inputs and patches, generated from the zod inputs (admin.ts, entities.ts):
 * the zod input is the one description of an entity's fields, so a field's type, whether it is
 * required and its description are written once, beside its rule. Why this direction
 * (docs/decisions/0005-admin-inputs-from-zod.md): the zod inputs are already derived from the
 * drizzle tables and hold every rule; SDL can carry none of the rules.
 */
export interface AdminInputType {
  /** The zod input it is generated from. */
  input: keyof AdminInputs;
  /** The GraphQL type's name: `<name>Input`, and `<name>Patch` unless it has none. */
  name: string;
  /** False when the entity is changed only by its own mutations (an offering is opened and closed). */
  patch?: false;
  /** Fields only a mutation of their own sets (left out of input and patch). */
  ownMutation?: readonly string[];
  /** Fields set when the record is created and never changed by a patch. */
  fixed?: readonly string[];
}

export const ADMIN_INPUT_TYPES: readonly AdminInputType[] = [
  { input: "careUnit", name: "CareUnit", ownMutation: ["closedOn"] },
  { input: "offering", name: "OpenOffering", patch: false },
  { input: "decision", name: "Decision" },
  { input: "basutbud", name: "Basutbud" },
  { input: "goal", name: "Goal" },
  { input: "measurement", name: "Measurement" },
  { input: "audit", name: "Audit" },
  { input: "recommendation", name: "Recommendation", fixed: ["auditId"] },
  { input: "actionPlan", name: "ActionPlan" },
  // The status changes only through setActivityStatus, which dates it.
  { input: "activity", name: "Activity", fixed: ["actionPlanId", "status", "statusAsOf", "completedOn"] },
  { input: "finding", name: "Finding" },
  { input: "event", name: "Event" },
];

type Node = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } }; description?: string };

/** The schema a wrapper (optional, nullable, default, pipe) stands for, or undefined for a leaf. */
function unwrap(node: Node): Node | undefined {
  const def = node._zod.def;
  return (def.innerType ?? (def.type === "pipe" ? def.in : undefined)) as Node | undefined;
}

function chain(node: Node): Node[] {
  const nodes = [node];
  for (let next = unwrap(node); next; next = unwrap(next)) nodes.push(next);
  return nodes;
}

/** The GraphQL type (without `!`) a zod leaf reads, given the enums its values may belong to. */
function graphqlType(leaf: Node, enums: ReadonlyMap<string, string>, where: string): string {
  const def = leaf._zod.def;
  switch (def.type) {
    case "string":
      return "String";
    case "boolean":
      return "Boolean";
    case "number": {
      const checks = (def.checks ?? []) as { _zod: { def: { format?: string } } }[];
      const integer = def.format === "safeint" || checks.some((c) => c._zod.def.format === "safeint");
      return integer ? "Int" : "Float";
    }
    case "enum": {
      const values = Object.values(def.entries as Record<string, string>);
      const name = enums.get([...values].sort().join(" "));
      if (!name) throw new Error(`${where}: no GraphQL enum has the values ${values.join(", ")}`);
      return name;
    }
    case "array": {
      const element = chain(def.element as Node);
      return `[${graphqlType(element.at(-1) as Node, enums, where)}!]`;
    }
    case "object":
      // The only object an input holds is its source.
      return "SourceInput";
    default:
      throw new Error(`${where}: no GraphQL type for a zod ${def.type}`);
  }
}

interface InputField {
  name: string;
  type: string;
  required: boolean;
  description: string | undefined;
}

/** The fields of a zod object input as GraphQL reads them. */
function inputFields(
  schema: { shape: Record<string, unknown> },
  enums: ReadonlyMap<string, string>,
  where: string,
): InputField[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const nodes = chain(field as Node);
    const leaf = nodes.at(-1) as Node;
    return {
      name,
      type: graphqlType(leaf, enums, `${where}.${name}`),
      required: !(field as Node).safeParse(undefined).success,
      description: nodes.map((node) => node.description).find((d) => d !== undefined),
    };
  });
}

/** Each enum of `sdl`, by its values (sorted, space-separated). */
function enumsByValues(sdl: string): Map<string, string> {
  const enums = new Map<string, string>();
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== "EnumTypeDefinition") continue;
    const values = (definition.values ?? []).map((v) => v.name.value).sort();
    enums.set(values.join(" "), definition.name.value);
  }
  return enums;
}

const printField = (field: InputField, required: boolean) =>
  `${field.description ? `  ${JSON.stringify(field.description)}\n` : ""}  ${field.name}: ${field.type}${required ? "!" : ""}`;

/** The SDL of every entity's input and patch; `enumsSdl` declares the enums they use. */
export function adminInputTypeDefs(
  enumsSdl: string,
  types: readonly AdminInputType[] = ADMIN_INPUT_TYPES,
  // Types only: the catalog's codes are checked by refinements, which SDL does not carry.
  inputs: AdminInputs = adminInputs({ serviceCodes: [], metricCodes: [], metricUnits: {} }),
): string {
  const enums = enumsByValues(enumsSdl);
  return types
    .flatMap((type) => {
      const fields = inputFields(inputs[type.input], enums, type.name).filter(
        (field) => !type.ownMutation?.includes(field.name),
      );
      const input = `input ${type.name}Input {\n${fields.map((f) => printField(f, f.required)).join("\n")}\n}`;
      if (type.patch === false) return [input];
      const changeable = fields.filter((field) => !type.fixed?.includes(field.name));
      const patch = `"Only the fields given change; the rest keep their values."\ninput ${type.name}Patch {\n${changeable.map((f) => printField(f, false)).join("\n")}\n}`;
      return [input, patch];
    })
    .join("\n\n");
}
