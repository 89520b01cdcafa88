import { fc, fuzzRuns, judgeAnswer, nastyText, validDate, validPeriod } from "@jamlik/testkit";
import { afterAll, describe, it } from "vitest";
import { sharedStack } from "./sharedStacks.ts";

/**
 * The gateway's public query arguments, fed generated values (valid, almost valid, hostile) through
 * the whole federation: every answer is data or a coded client error, never a 5xx, an internal
 * error, a region reported unavailable, SQL or a stack trace.
 */
const codeLike = fc.oneof(
  fc.constantFrom("SE-BD", "SE-U", "SE-N", "LOGGED_IN_SHARE", "JOURNALEN"),
  nastyText,
);
const dateLike = fc.oneof(validDate, validPeriod, nastyText);
const periodLike = fc.oneof(validPeriod, nastyText);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null, freq: 4 });

const CASES: [string, string, fc.Arbitrary<Record<string, unknown>>][] = [
  [
    "regions(codes:)",
    "query($v: [ID!]) { regions(codes: $v) { code } }",
    fc.record({ v: maybe(fc.array(codeLike, { maxLength: 40 })) }),
  ],
  ["region(code:)", "query($v: ID!) { region(code: $v) { code name } }", fc.record({ v: codeLike })],
  ["service(code:)", "query($v: ID!) { service(code: $v) { code name } }", fc.record({ v: codeLike })],
  ["metric(code:)", "query($v: ID!) { metric(code: $v) { code unit } }", fc.record({ v: codeLike })],
  [
    "careUnits(municipality:)",
    "query($v: String) { regions { careUnits(municipality: $v) { hsaId } } }",
    fc.record({ v: maybe(fc.oneof(fc.constantFrom("Luleå", "2580", "Västerås"), nastyText)) }),
  ],
  [
    "basutbud(asOf:)",
    "query($v: String) { regions { basutbud(asOf: $v) { validFrom } } }",
    fc.record({ v: maybe(dateLike) }),
  ],
  [
    "coverage(asOf:)",
    "query($v: String) { regions { coverage(asOf: $v) { share demo } } }",
    fc.record({ v: maybe(dateLike) }),
  ],
  [
    "measurements(metric:, from:, to:)",
    "query($m: ID, $f: String, $t: String) { regions { measurements(metric: $m, from: $f, to: $t) { period value } } }",
    fc.record({ m: maybe(codeLike), f: maybe(periodLike), t: maybe(periodLike) }),
  ],
  [
    "latest(metric:)",
    "query($v: ID!) { regions { latest(metric: $v) { period value } } }",
    fc.record({ v: codeLike }),
  ],
  [
    "findings(topic:)",
    "query($v: FindingTopic) { regions { findings(topic: $v) { text } } }",
    fc.record({ v: maybe(fc.oneof(fc.constantFrom("TRUST", "PHONE"), nastyText)) }),
  ],
  [
    "offerings(asOf:), missingBasutbud(asOf:)",
    'query($v: String) { region(code: "SE-U") { careUnits { offerings(asOf: $v) { validFrom } missingBasutbud(asOf: $v) { code } } } }',
    fc.record({ v: maybe(dateLike) }),
  ],
  [
    "overdue(asOf:)",
    'query($v: String!) { region(code: "SE-N") { actionPlans { activities { overdue(asOf: $v) } } } }',
    fc.record({ v: dateLike }),
  ],
];

describe("the gateway's public arguments under generated values", () => {
  const stack = sharedStack("openStack");
  let cases = 0;

  afterAll(() => {
    console.log(`gateway fuzz: ${cases} generated queries over ${CASES.length} argument sets`);
  });

  it.each(CASES)("%s", async (_name, query, variables) => {
    await fc.assert(
      fc.asyncProperty(variables, async (values) => {
        cases++;
        const response = await fetch(stack.gatewayUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query, variables: values }),
        });
        const judged = judgeAnswer(response.status, await response.json());
        if (!judged.ok) throw new Error(`${JSON.stringify(values).slice(0, 300)}: ${judged.problem}`);
      }),
      { numRuns: fuzzRuns(50), endOnFailure: true },
    );
  });
});
