/**
 * Random valid queries over any schema, written the way client libraries compose them: aliases
 * (some named like Object.prototype's properties), `__typename`, inline fragments with and without
 * a type condition, named fragments, `@skip`/`@include` with constants and variables, and above
 * all the same response name selected again through a fragment, a named fragment or a condition
 * (which Apollo keeps apart until the answer is shaped). A candidate that the schema rejects (two
 * fields under one response name that cannot merge) is drawn again.
 */

import type { SeededChoices as Random } from "@jamlik/testkit";
import {
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  parse,
  validate,
} from "graphql";

export interface GeneratedQuery {
  query: string;
  variables: Record<string, boolean>;
}

const ALIASES = ["a", "b", "x", "__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];
/** Values for arguments, by type name: ids and texts that exist in the test data, and ones that do not. */
const ARGUMENT_VALUES: Record<string, string[]> = {
  ID: ['"b1"', '"b3"', '"b4"', '"b5"', '"b6"', '"f1"', '"f2"', '"a1"', '"a2"', '"a3"', '"zz"'],
  String: ['"ö"', '"a"', '"x"', '"sa"', '"Persona"', '""'],
  Int: ["0", "1", "2", "3", "10"],
  Float: ["0.5", "2"],
  Boolean: ["true", "false"],
};

interface Made {
  /** The field as written, arguments included, without its selection set. */
  head: string;
  type: GraphQLCompositeType;
}

class Writer {
  readonly fragments: string[] = [];
  readonly variables = new Set<"on" | "off">();

  private readonly schema: GraphQLSchema;
  private readonly rng: Random;
  constructor(schema: GraphQLSchema, rng: Random) {
    this.schema = schema;
    this.rng = rng;
  }

  private argumentValue(type: GraphQLInputType): string {
    if (isNonNullType(type)) return this.argumentValue(type.ofType);
    if (isListType(type)) return `[${this.argumentValue(type.ofType)}]`;
    if (isEnumType(type)) return this.rng.pick(type.getValues()).name;
    return this.rng.pick(ARGUMENT_VALUES[getNamedType(type).name] ?? ['"?"']);
  }

  private arguments(args: readonly GraphQLArgument[]): string {
    const given = args.filter((arg) => isNonNullType(arg.type) || this.rng.chance(0.4));
    if (!given.length) return "";
    return `(${given.map((arg) => `${arg.name}: ${this.argumentValue(arg.type)}`).join(", ")})`;
  }

  /** `@skip`/`@include`, constant or by a variable, or nothing. */
  directive(chance: number): string {
    if (!this.rng.chance(chance)) return "";
    const name = this.rng.pick(["skip", "include"]);
    const value = this.rng.pick(["true", "false", "$on", "$off"]);
    if (value.startsWith("$")) this.variables.add(value.slice(1) as "on" | "off");
    return ` @${name}(if: ${value})`;
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number, made: Made[]): string {
    const alias = this.rng.chance(0.15) ? `${this.rng.pick(ALIASES)}: ` : "";
    const head = `${alias}${field.name}${this.arguments(field.args)}`;
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) return `${head}${this.directive(0.1)}`;
    made.push({ head, type: named });
    return `${head}${this.directive(0.1)} { ${this.selections(named, depth + 1)} }`;
  }

  /** Another selection of an already selected field, kept apart from it by a fragment or a condition. */
  private again(parent: GraphQLCompositeType, previous: Made, depth: number): string {
    const inner = `${previous.head}${this.directive(0.2)} { ${this.selections(previous.type, depth + 1)} }`;
    switch (this.rng.int(6)) {
      case 0:
        return inner;
      case 1:
        return `... { ${inner} }`;
      case 2:
        return `... on ${parent.name}${this.directive(0.3)} { ${inner} }`;
      case 3:
        return `...${this.directive(1).trimStart()} { ${inner} }`;
      default: {
        const name = `F${this.fragments.length}`;
        this.fragments.push(`fragment ${name} on ${parent.name} { ${inner} }`);
        return `...${name}${this.directive(0.3)}`;
      }
    }
  }

  selections(type: GraphQLCompositeType, depth: number): string {
    const parts: string[] = [];
    const made: Made[] = [];
    if (this.rng.chance(0.3))
      parts.push(this.rng.chance(0.3) ? `${this.rng.pick(ALIASES)}: __typename` : "__typename");
    if (!isUnionType(type)) {
      const fields = Object.values(type.getFields()).filter(
        (field) => depth < 4 || !isCompositeType(getNamedType(field.type)),
      );
      const count = 1 + this.rng.int(3);
      for (let i = 0; i < count && fields.length; i++)
        parts.push(this.field(this.rng.pick(fields), depth, made));
    }
    if (isInterfaceType(type) || isUnionType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      const count = isUnionType(type) ? 1 + this.rng.int(2) : this.rng.int(2);
      for (let i = 0; i < count; i++) {
        const runtime = this.rng.pick(possible);
        parts.push(
          `... on ${runtime.name}${this.directive(0.15)} { ${this.selections(runtime, depth + 1)} }`,
        );
      }
    }
    for (let i = 0; i < 2 && made.length && this.rng.chance(0.45); i++)
      parts.push(this.again(type, this.rng.pick(made), depth));
    if (isObjectType(type) && this.rng.chance(0.1)) parts.push(`... { ${this.selections(type, depth + 1)} }`);
    return parts.length ? parts.join(" ") : "__typename";
  }
}

/** A query the schema accepts, with its variables; drawn again until one is valid (at most 50 tries). */
export function randomQuery(schema: GraphQLSchema, rng: Random): GeneratedQuery {
  const root = schema.getQueryType();
  if (!root) throw new Error("the schema has no query type");
  for (let attempt = 0; attempt < 50; attempt++) {
    const writer = new Writer(schema, rng);
    let body = writer.selections(root, 0);
    if (rng.chance(0.05)) body += ' __type(name: "Book") { name kind }';
    const declared = [...writer.variables].map((name) =>
      name === "on" ? "$on: Boolean!" : "$off: Boolean = false",
    );
    const header = declared.length ? `query Q(${declared.join(", ")})` : "query Q";
    const query = [`${header} { ${body} }`, ...writer.fragments].join("\n");
    if (validate(schema, parse(query)).length) continue;
    const variables: Record<string, boolean> = {};
    if (writer.variables.has("on")) variables.on = rng.chance(0.5);
    if (writer.variables.has("off") && rng.chance(0.5)) variables.off = rng.chance(0.5);
    return { query, variables };
  }
  throw new Error("no valid query in 50 tries");
}
