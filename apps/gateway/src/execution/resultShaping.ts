/**
 * The last step of every federated answer: from the subgraphs' merged data to the client's answer
 * (only the fields asked for, aliases, `__typename`, @skip/@include, null propagation, invalid
 * values reported), as @apollo/gateway's `computeResponse` does it, result for result and error
 * for error (see resultShaping.test.ts, which compares the two).
 *
 * Apollo's version walks the operation's selection sets for every object of the answer and asks
 * the schema again each time (directives, field definitions, types, validity of a leaf); for the
 * comparison queries, 21 regions of lists, that walk was most of the gateway's own CPU per answer.
 * Here an operation is compiled once into plain steps, with everything that does not depend on the
 * data worked out beforehand, and the answer is built from plain objects (fast to serialise). An
 * object or list of the subgraphs' data that holds exactly what was asked, in order, is served as
 * it is, its values shaped in place: that data was parsed for this one answer (each fetch parses
 * its own copy, deduplicated or not) and Apollo drops it once the answer is shaped.
 */
import {
  assert,
  type CompositeType,
  type Directive,
  type EnumType,
  ERRORS,
  type FieldSelection,
  isCompositeType,
  isCustomScalarType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  type ListType,
  type NamedType,
  type NonNullType,
  type NullableType,
  type Operation,
  type ScalarType,
  type Schema,
  type SelectionSet,
  type Type,
  typenameFieldName,
  Variable,
} from "@apollo/federation-internals";
import type { GraphQLError } from "graphql";

/** What `computeResponse` is given by @apollo/gateway's executeQueryPlan. */
export interface ComputeResponseInput {
  operation: Operation;
  variables: Record<string, unknown> | undefined;
  input: Record<string, unknown> | null | undefined;
  introspectionHandling: (selection: FieldSelection) => unknown;
}

export interface ComputedResponse {
  data: Record<string, unknown> | null | undefined;
  errors: GraphQLError[];
}

/** @skip or @include on a selection: its `if`, constant or read from a variable. */
interface Condition {
  /** For the message when the variable is not a boolean. */
  directive: { toString(): string };
  value: boolean | Variable;
}

interface Conditions {
  skip: Condition | undefined;
  include: Condition | undefined;
}

interface FieldStep extends Conditions {
  kind: "field";
  responseName: string;
  /** Whether reading the name from an object can reach a prototype's property (`constructor`, `map`). */
  inherited: boolean;
  role: "typename" | "introspection" | "value";
  selection: FieldSelection;
  type: Shape;
  /** The field's own selection set, compiled; undefined for a leaf. */
  children: Children | undefined;
}

/** A field's selection set compiled. */
interface Children {
  steps: Step[];
  /**
   * Whether the subgraphs' objects and lists under this field may be shaped in place. Not when the
   * field's response name is selected more than once at its level (through inline, named or
   * conditional fragments that Apollo keeps apart), nor under such a field: each selection of it
   * reads the same input, so none of them may change it.
   */
  inPlace: boolean;
  /**
   * The response names an object of the subgraphs' data must hold, exactly and in this order, to
   * be served as it is: set when the selection set is only fields, none conditional or
   * introspective, each name once.
   */
  exactKeys: readonly string[] | undefined;
}

interface FragmentStep extends Conditions {
  kind: "fragment";
  typeCondition: CompositeType | undefined;
  steps: Step[];
  /** Whether the type condition applies, by `__typename` (or by parent type when there is none). */
  applies: Map<string, boolean>;
}

type Step = FieldStep | FragmentStep;

type Shape =
  | { kind: "nonNull"; type: NonNullType<NullableType>; of: Shape }
  | { kind: "list"; type: ListType<Type>; of: Shape }
  | { kind: "composite"; type: CompositeType }
  | { kind: "leaf"; type: ScalarType | EnumType; valid: (value: unknown) => boolean };

interface CompiledOperation {
  steps: Step[];
  usesConditions: boolean;
  schema: Schema;
  root: NamedType;
}

/**
 * Apollo's `assert(false, message)`, with the message built in the failing branch. A message
 * closure (`() => ...`) would not do: the variables it captures then live in a context object that
 * every call of the enclosing function allocates, failing or not: for `value`, once per value of
 * the answer, which made shaping allocate several times the size of the data it shapes.
 */
function invariantBroken(message: string): never {
  assert(false, message);
}

/** The same test as federation-internals' `isValidLeafValue`, decided per type once. */
const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;

function leafValidator(schema: Schema, type: ScalarType | EnumType): (value: unknown) => boolean {
  if (isCustomScalarType(type)) return () => true;
  const isBoolean = type === schema.booleanType();
  const isInteger = type === schema.intType() || type === schema.idType();
  const isFloat = type === schema.floatType();
  const acceptsNumber = isInteger || isFloat;
  const enumType = isEnumType(type) ? type : undefined;
  const acceptsString = !isBoolean && type !== schema.intType() && !isFloat;
  return (value) => {
    switch (typeof value) {
      case "boolean":
        return isBoolean;
      case "number":
        if (!Number.isFinite(value)) return false;
        if (!acceptsNumber) return false;
        return isInteger ? INTEGER.test(String(value)) : true;
      case "string":
        return enumType ? enumType.value(value) !== undefined : acceptsString;
      default:
        return false;
    }
  };
}

/**
 * Names an object can answer from its prototype (`constructor`, `map`), where Apollo reads only
 * own properties: of the subgraphs' data and of its answer, which it builds without prototypes.
 */
const inheritedName = (name: string) => name in Object.prototype || name in Array.prototype;
const ownValue = (object: Record<string, unknown>, name: string) =>
  Object.hasOwn(object, name) ? object[name] : undefined;

/** `Children.exactKeys` of these steps. */
function exactKeysOf(steps: Step[]): readonly string[] | undefined {
  const names: string[] = [];
  for (const step of steps) {
    if (step.kind !== "field" || step.skip || step.include || step.role === "introspection") return undefined;
    names.push(step.responseName);
  }
  return new Set(names).size === names.length ? names : undefined;
}

/** Whether the object's enumerable keys are exactly `keys`, in that order. */
function hasExactly(object: Record<string, unknown>, keys: readonly string[]): boolean {
  let i = 0;
  for (const key in object) {
    if (key !== keys[i]) return false;
    i++;
  }
  return i === keys.length;
}

/** A directive as an operation element applies it: printable, with its `if` argument. */
type AppliedCondition = Pick<Directive, "toString"> & { arguments(): { if: boolean | Variable } };

function conditionOf(directive: AppliedCondition | undefined): Condition | undefined {
  if (!directive) return undefined;
  return { directive, value: directive.arguments().if };
}

class Compiler {
  usesConditions = false;
  private readonly shapes = new Map<Type, Shape>();

  private readonly schema: Schema;
  constructor(schema: Schema) {
    this.schema = schema;
  }

  private children(selectionSet: SelectionSet, inPlace: boolean): Children {
    const steps = this.selectionSet(selectionSet, inPlace);
    return { steps, inPlace, exactKeys: inPlace ? exactKeysOf(steps) : undefined };
  }

  /**
   * `inPlace`: whether the objects this selection set reads may be shaped in place; `repeated`: the
   * response names of composite fields selected more than once on the same object, across this
   * level's fragments (worked out once per level, at its top).
   */
  selectionSet(
    selectionSet: SelectionSet,
    inPlace: boolean,
    repeated: ReadonlySet<string> = repeatedNames(selectionSet),
  ): Step[] {
    const skipDirective = this.schema.skipDirective();
    const includeDirective = this.schema.includeDirective();
    return selectionSet.selections().map((selection): Step => {
      const element = selection.element;
      const skip = conditionOf(element.appliedDirectivesOf(skipDirective)[0]);
      const include = conditionOf(element.appliedDirectivesOf(includeDirective)[0]);
      if (skip || include) this.usesConditions = true;
      if (selection.kind === "FieldSelection") {
        const field = selection.element;
        const responseName = field.responseName();
        return {
          kind: "field",
          skip,
          include,
          responseName,
          inherited: inheritedName(responseName),
          role: field.definition.isSchemaIntrospectionField()
            ? "introspection"
            : field.name === typenameFieldName
              ? "typename"
              : "value",
          selection,
          type: this.shape(field.definition.type as Type),
          children: selection.selectionSet
            ? this.children(selection.selectionSet, inPlace && !repeated.has(responseName))
            : undefined,
        };
      }
      return {
        kind: "fragment",
        skip,
        include,
        typeCondition: selection.element.typeCondition,
        steps: this.selectionSet(selection.selectionSet, inPlace, repeated),
        applies: new Map(),
      };
    });
  }

  private shape(type: Type): Shape {
    let shape = this.shapes.get(type);
    if (shape) return shape;
    if (isNonNullType(type)) shape = { kind: "nonNull", type, of: this.shape(type.ofType) };
    else if (isListType(type)) shape = { kind: "list", type, of: this.shape(type.ofType) };
    else if (isCompositeType(type)) shape = { kind: "composite", type };
    else {
      const leaf = type as ScalarType | EnumType;
      shape = { kind: "leaf", type: leaf, valid: leafValidator(this.schema, leaf) };
    }
    this.shapes.set(type, shape);
    return shape;
  }
}

/** Response names of fields with a selection set that occur more than once on one level. */
function repeatedNames(selectionSet: SelectionSet): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const visit = (level: SelectionSet) => {
    for (const selection of level.selections()) {
      if (selection.kind === "FragmentSelection") visit(selection.selectionSet);
      else if (selection.selectionSet) {
        const name = selection.element.responseName();
        if (seen.has(name)) repeated.add(name);
        seen.add(name);
      }
    }
  };
  visit(selectionSet);
  return repeated;
}

/** Steps with a response name that a plain object cannot hold as an own data property. */
function holdsUnsafeName(steps: Step[]): boolean {
  return steps.some((step) =>
    step.kind === "field"
      ? step.responseName === "__proto__" ||
        (step.children !== undefined && holdsUnsafeName(step.children.steps))
      : holdsUnsafeName(step.steps),
  );
}

/**
 * The operation compiled, or undefined when this module does not shape it (an alias `__proto__`,
 * which a plain object cannot hold): the caller then uses Apollo's own `computeResponse`.
 */
export function compileOperation(operation: Operation): CompiledOperation | undefined {
  const schema = operation.schema();
  const compiler = new Compiler(schema);
  const steps = compiler.selectionSet(operation.selectionSet, true);
  if (holdsUnsafeName(steps)) return undefined;
  const root = schema.schemaDefinition.rootType(operation.rootKind);
  if (!root) return undefined;
  return { steps, usesConditions: compiler.usesConditions, schema, root };
}

const OK = 0;
const NULL_BUBBLE_UP = 1;

/** One answer being shaped: what the steps read besides the data, and the outcome of the last value. */
class Shaping {
  readonly errors: GraphQLError[] = [];
  readonly path: (string | number)[] = [];
  /** Set by every `value` call for its caller to read at once (no object allocated per value). */
  invalid = false;
  hasErrors = false;
  private readonly types = new Map<string, NamedType | undefined>();

  readonly schema: Schema;
  readonly variables: Record<string, unknown>;
  readonly introspection: (selection: FieldSelection) => unknown;
  constructor(
    schema: Schema,
    variables: Record<string, unknown>,
    introspection: (selection: FieldSelection) => unknown,
  ) {
    this.schema = schema;
    this.variables = variables;
    this.introspection = introspection;
  }

  type(name: string): NamedType | undefined {
    if (this.types.has(name)) return this.types.get(name);
    const type = this.schema.type(name);
    this.types.set(name, type);
    return type;
  }

  private holds(condition: Condition): boolean {
    const value = condition.value;
    if (!(value instanceof Variable)) return value;
    const bound = this.variables[value.name];
    if (typeof bound !== "boolean")
      invariantBroken(`Unexpected value ${bound} for variable ${value} of ${condition.directive}`);
    return bound as boolean;
  }

  private skipped(step: Step): boolean {
    if (step.skip === undefined && step.include === undefined) return false;
    return (
      (step.skip !== undefined && this.holds(step.skip)) ||
      (step.include !== undefined && !this.holds(step.include))
    );
  }

  private applies(step: FragmentStep, typename: string | undefined, parentType: NamedType): boolean {
    const condition = step.typeCondition;
    if (!condition) return true;
    const key = typename ? typename : `\0${parentType.name}`;
    let applies = step.applies.get(key);
    if (applies === undefined) {
      const type = typename ? this.type(typename) : parentType;
      // Kept only for the schema's own types: a subgraph inventing names cannot grow the map.
      if (!type) return false;
      applies = isSubtype(condition, type);
      step.applies.set(key, applies);
    }
    return applies;
  }

  selectionSet(
    input: Record<string, unknown>,
    steps: Step[],
    output: Record<string, unknown>,
    parentType: NamedType,
  ): typeof OK | typeof NULL_BUBBLE_UP {
    for (const step of steps) {
      if (this.skipped(step)) continue;
      if (step.kind === "field") {
        const name = step.responseName;
        const outputValue = step.inherited ? ownValue(output, name) : output[name];
        if (step.role === "introspection") {
          if (outputValue === undefined) output[name] = this.introspection(step.selection);
          continue;
        }
        let inputValue = (step.inherited ? ownValue(input, name) : input[name]) ?? null;
        if (step.role === "typename") {
          if (outputValue === undefined) {
            if (inputValue === null && name !== typenameFieldName)
              inputValue = input[typenameFieldName] ?? null;
            const type =
              inputValue !== null && typeof inputValue === "string"
                ? (this.type(inputValue) ?? parentType)
                : parentType;
            if (!isObjectType(type)) return NULL_BUBBLE_UP;
            output[name] = type.name;
          }
          continue;
        }
        this.path.push(name);
        output[name] = this.value(outputValue, step.type, inputValue, step.children, parentType);
        this.path.pop();
        if (this.invalid) return NULL_BUBBLE_UP;
      } else {
        const typename = input[typenameFieldName];
        if (typename && typeof typename !== "string")
          invariantBroken(`Got unexpected value for __typename: ${typename}`);
        if (this.applies(step, typename as string | undefined, parentType)) {
          const result = this.selectionSet(input, step.steps, output, step.typeCondition ?? parentType);
          if (result === NULL_BUBBLE_UP) return NULL_BUBBLE_UP;
        }
      }
    }
    return OK;
  }

  /**
   * `selectionSet` for an object of the subgraphs' data that holds exactly the fields asked for, in
   * their order: the object itself becomes the answer's, each value replaced by its shaped value
   * where that differs. The same answer as building a new object, without building it.
   */
  private inPlace(
    object: Record<string, unknown>,
    steps: FieldStep[],
    parentType: NamedType,
  ): typeof OK | typeof NULL_BUBBLE_UP {
    for (const step of steps) {
      const name = step.responseName;
      const inputValue = object[name] ?? null;
      if (step.role === "typename") {
        const typename =
          inputValue === null && name !== typenameFieldName
            ? (object[typenameFieldName] ?? null)
            : inputValue;
        const type =
          typename !== null && typeof typename === "string"
            ? (this.type(typename) ?? parentType)
            : parentType;
        if (!isObjectType(type)) return NULL_BUBBLE_UP;
        if (inputValue !== type.name) object[name] = type.name;
        continue;
      }
      this.path.push(name);
      const updated = this.value(undefined, step.type, inputValue, step.children, parentType);
      this.path.pop();
      if (updated !== inputValue) object[name] = updated;
      if (this.invalid) return NULL_BUBBLE_UP;
    }
    return OK;
  }

  private done<T>(value: T, invalid: boolean, hasErrors: boolean): T {
    this.invalid = invalid;
    this.hasErrors = hasErrors;
    return value;
  }

  private describe(type: Type, parentType: NamedType): string {
    const element = this.path[this.path.length - 1];
    assert(element !== undefined, "Should not have been called on an empty path");
    return typeof element === "string"
      ? `field ${parentType}.${element}`
      : `array element of type ${type} at index ${element}`;
  }

  private error(message: string): void {
    this.errors.push(ERRORS.INVALID_GRAPHQL.err(message, { path: Array.from(this.path) }));
  }

  value(
    outputValue: unknown,
    shape: Shape,
    inputValue: unknown,
    children: Children | undefined,
    parentType: NamedType,
  ): unknown {
    if (inputValue === undefined) assert(false, "Should not pass undefined for `inputValue` to this method");
    if (outputValue === null || (outputValue !== undefined && !children))
      return this.done(outputValue, false, false);
    switch (shape.kind) {
      case "nonNull": {
        const updated = this.value(outputValue, shape.of, inputValue, children, parentType);
        if (updated === null) {
          if (!this.hasErrors)
            this.error(
              `Cannot return null for non-nullable ${this.describe(shape.type.ofType, parentType)}.`,
            );
          return this.done(null, true, true);
        }
        return this.done(updated, false, false);
      }
      case "list": {
        if (inputValue === null) return this.done(null, false, false);
        if (!Array.isArray(inputValue))
          invariantBroken(
            `Invalid non-list value ${inputValue} returned by subgraph for list type ${shape.type}`,
          );
        const list = inputValue as unknown[];
        if (outputValue !== undefined && !Array.isArray(outputValue))
          invariantBroken(
            `Invalid non-list value ${outputValue} returned by subgraph for list type ${shape.type}`,
          );
        const previous = outputValue as unknown[] | undefined;
        if (previous && previous.length !== list.length)
          invariantBroken(`[${list}].length (${list.length}) !== [${previous}].length (${previous.length})`);
        let nullify = false;
        let hasErrors = false;
        // A new list when merging into one already shaped, or when another selection reads this
        // list too; otherwise the subgraphs' list (this answer's own, parsed for it) takes the
        // shaped elements in place: no copy to allocate.
        const copy = previous !== undefined || (children !== undefined && !children.inPlace);
        const updated: unknown[] = copy ? [] : list;
        for (let i = 0; i < list.length; i++) {
          this.path.push(i);
          const element = this.value(previous?.[i], shape.of, list[i], children, parentType);
          if (copy) updated.push(element);
          else if (element !== list[i]) list[i] = element;
          this.path.pop();
          nullify ||= this.invalid;
          hasErrors ||= this.hasErrors;
        }
        return this.done(nullify ? null : updated, false, hasErrors);
      }
      case "composite": {
        if (inputValue === null) return this.done(null, false, false);
        if (!children) invariantBroken(`Invalid empty selection set for composite type ${shape.type}`);
        if (typeof inputValue !== "object")
          invariantBroken(
            `Invalid non-object value ${inputValue} returned by subgraph for composite type ${shape.type}`,
          );
        if (outputValue !== undefined && typeof outputValue !== "object")
          invariantBroken(
            `Invalid non-object value ${inputValue} returned by subgraph for composite type ${shape.type}`,
          );
        const object = inputValue as Record<string, unknown>;
        const typename = object[typenameFieldName];
        if (typename !== undefined && typeof typename !== "string")
          invariantBroken(`Invalid non-string value ${typename} for __typename at ${this.path}`);
        let objectType: NamedType = shape.type;
        if (typename) {
          const named = this.type(typename);
          if (!named || !isCompositeType(named)) {
            this.error(`Invalid __typename found for object at ${this.describe(shape.type, parentType)}.`);
            return this.done(null, false, true);
          }
          objectType = named;
        }
        const { steps, exactKeys } = children as Children;
        if (outputValue === undefined && exactKeys && hasExactly(object, exactKeys)) {
          const failed = this.inPlace(object, steps as FieldStep[], objectType) === NULL_BUBBLE_UP;
          return this.done(failed ? null : object, false, failed);
        }
        const output = (outputValue ?? {}) as Record<string, unknown>;
        const failed = this.selectionSet(object, steps, output, objectType) === NULL_BUBBLE_UP;
        return this.done(failed ? null : output, false, failed);
      }
      case "leaf": {
        if (inputValue === null) return this.done(null, false, false);
        if (outputValue !== undefined)
          invariantBroken(`Excepted output to be undefined but got ${shape.type} for type ${shape.type}`);
        if (shape.valid(inputValue)) return this.done(inputValue, false, false);
        this.error(`Invalid value found for ${this.describe(shape.type, parentType)}.`);
        return this.done(null, false, true);
      }
    }
  }
}

/** `computeResponse` with a compiled operation: the same answer and errors as Apollo's. */
export function shapeResponse(
  compiled: CompiledOperation,
  { operation, variables, input, introspectionHandling }: ComputeResponseInput,
): ComputedResponse {
  if (!input) return { data: input, errors: [] };
  const boundVariables = compiled.usesConditions
    ? { __proto__: null, ...operation.collectDefaultedVariableValues(), ...variables }
    : {};
  const shaping = new Shaping(compiled.schema, boundVariables, introspectionHandling);
  const data: Record<string, unknown> = {};
  const result = shaping.selectionSet(input, compiled.steps, data, compiled.root);
  return { data: result === NULL_BUBBLE_UP ? null : data, errors: shaping.errors };
}
