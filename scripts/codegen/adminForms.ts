import type { PluginFunction } from "@graphql-codegen/plugin-helpers";
import {
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from "graphql";
import type { EntityForm, FormField } from "../../apps/editor/src/app/forms.ts";

function field(name: string, description: string | null | undefined, type: GraphQLInputType): FormField {
  const required = isNonNullType(type);
  const inner = required ? type.ofType : type;
  const named = getNamedType(inner);
  const base = { name, description: description ?? null, required };
  if (isListType(inner)) return { ...base, kind: "textList" };
  if (isEnumType(named))
    return { ...base, kind: "enum", enumName: named.name, values: named.getValues().map((v) => v.name) };
  if (isInputObjectType(named)) {
    return {
      ...base,
      kind: "object",
      fields: Object.values(named.getFields()).map((f) => field(f.name, f.description, f.type)),
    };
  }
  const kinds: Record<string, FormField["kind"]> = { Int: "int", Float: "float", Boolean: "boolean" };
  return { ...base, kind: kinds[named.name] ?? "text" };
}

/** The mutation with an argument `argument` of the input type `typeName`, and that type's fields. */
function operation(schema: GraphQLSchema, argument: string, typeName: string) {
  const type = schema.getType(typeName);
  if (!type || !isInputObjectType(type)) return null;
  const mutation = Object.values(schema.getMutationType()?.getFields() ?? {}).find((m) =>
    m.args.some((a) => a.name === argument && getNamedType(a.type).name === typeName),
  );
  if (!mutation) return null;
  return {
    mutation: mutation.name,
    inputType: typeName,
    fields: Object.values(type.getFields()).map((f) => field(f.name, f.description, f.type)),
  };
}

const pascal = (entity: string) =>
  entity.toLowerCase().replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/**
 * The editor's forms from the admin schema: for every entity, the mutations taking its
 * `<Entity>Input` (create) and `<Entity>Patch` (update), with their fields, types, enum values and descriptions. A field added to
 * an entity's input is a field of its form, without editing the app.
 */
export const plugin: PluginFunction = (schema) => {
  const entity = schema.getType("Entity");
  if (!entity || !isEnumType(entity)) throw new Error("the admin schema has no Entity enum");
  const forms: EntityForm[] = entity.getValues().map(({ name }) => {
    const type = pascal(name);
    return {
      entity: name,
      create: operation(schema, "input", `${type}Input`),
      update: operation(schema, "patch", `${type}Patch`),
    };
  });
  return `import type { EntityForm } from "../forms.ts";\n\nexport const ENTITY_FORMS: EntityForm[] = ${JSON.stringify(forms, null, 2)};\n`;
};
