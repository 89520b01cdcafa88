import { loadNationalSeed } from "@jamlik/seeds";
import { fc, nastyInt, nastyNumber, nastyText, validDate, validPeriod } from "@jamlik/testkit";
import {
  type GraphQLArgument,
  type GraphQLInputType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";

const catalog = loadNationalSeed();
const metricCodes = catalog.metrics.map((m) => m.code);
const serviceCodes = catalog.services.map((s) => s.code);

const either = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: nastyText as fc.Arbitrary<unknown> });

/**
 * A value for a field of the admin API, by its name where the name says what a real one looks
 * like (so that many cases get past the first check and reach the deeper ones), else by type.
 */
function stringFor(name: string): fc.Arbitrary<unknown> {
  if (/^metric(Code)?$/.test(name)) return either(fc.constantFrom(...metricCodes));
  if (/^service(Code)?$|^services$/.test(name)) return either(fc.constantFrom(...serviceCodes));
  if (/^(period|due|start|statusAsOf|from|to)$/.test(name)) return either(validPeriod);
  if (/^(date|validFrom|validTo|completedOn)$/.test(name)) return either(fc.oneof(validDate, validPeriod));
  if (name === "value")
    return either(fc.oneof(nastyNumber.map(String), fc.constantFrom("83,5", "-50", "1e308")));
  if (name === "municipalityCode") return either(fc.constantFrom("2580", "1980", "1380"));
  if (name === "hsaId" || name === "careUnit") {
    return either(fc.integer({ min: 1, max: 40 }).map((n) => `SE-DEMO-25-${String(n).padStart(4, "0")}`));
  }
  if (name === "provider") return either(fc.constantFrom("PUBLIC", "PRIVATE", "public"));
  if (name === "demo") return either(fc.constantFrom("ja", "nej", "true", "false"));
  if (name === "idempotencyKey") return either(fc.stringMatching(/^[a-z0-9-]{8,20}$/));
  return nastyText;
}

function arbitraryFor(type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  let arbitrary: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    arbitrary = fc.array(arbitraryFor(inner.ofType, name, depth + 1), { maxLength: depth > 1 ? 2 : 4 });
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    arbitrary = fc.record(
      Object.fromEntries(
        fields.map((field) => [field.name, arbitraryFor(field.type, field.name, depth + 1)]),
      ),
      { requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name) },
    );
  } else if (isEnumType(inner)) {
    arbitrary = fc.constantFrom(...inner.getValues().map((value) => value.value));
  } else if (isScalarType(inner) && inner.name === "Int") {
    arbitrary = name === "expectedVersion" ? fc.integer({ min: 1, max: 4 }) : nastyInt;
  } else if (isScalarType(inner) && inner.name === "Float") {
    arbitrary = nastyNumber;
  } else if (isScalarType(inner) && inner.name === "Boolean") {
    arbitrary = fc.boolean();
  } else {
    arbitrary = stringFor(name);
  }
  return required ? arbitrary : fc.option(arbitrary, { nil: null, freq: 4 });
}

/** The variables of a call to a field with these arguments. */
export function argumentsArbitrary(args: readonly GraphQLArgument[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(args.map((arg) => [arg.name, arbitraryFor(arg.type, arg.name, 0)])), {
    requiredKeys: args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name),
  });
}
