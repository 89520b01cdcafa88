import type { PluginFunction } from "@graphql-codegen/plugin-helpers";
import { type GraphQLEnumType, isEnumType } from "graphql";

/** `ActivityStatus` → `ACTIVITY_STATUSES`: the constant that lists an enum's values. */
export function arrayName(typeName: string): string {
  const snake = typeName.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
  if (/(S|X|SH|CH)$/.test(snake)) return `${snake}ES`;
  if (/[^AEIOU]Y$/.test(snake)) return `${snake.slice(0, -1)}IES`;
  return `${snake}S`;
}

const comment = (text: string | null | undefined) =>
  text ? `/** ${text.replace(/\*\//g, "*\\/").replace(/\n/g, " ")} */\n` : "";

function enumArray(type: GraphQLEnumType): string {
  const values = type.getValues().map((value) => JSON.stringify(value.name));
  const name = arrayName(type.name);
  return `${comment(type.description)}export const ${name} = [${values.join(", ")}] as const;\nexport type ${type.name} = (typeof ${name})[number];\n`;
}

/**
 * Every enum of the schema as a constant array and its union type (`SEXES`, `Sex`): the values the
 * database enums, the zod schemas and the domain use, generated from the SDL that declares them.
 */
export const plugin: PluginFunction = (schema) =>
  Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLEnumType => isEnumType(type) && !type.name.startsWith("__"))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(enumArray)
    .join("\n");
