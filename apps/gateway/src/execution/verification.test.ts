import { buildSchema, operationFromDocument } from "@apollo/federation-internals";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { apolloFunctions } from "./install.ts";
import { type ComputeResponseInput, compileOperation, shapeResponse } from "./resultShaping.ts";
import { type VerificationOutcome, verifyingComputeResponse } from "./verification.ts";

const apollo = apolloFunctions().computeResponse;
const schema = buildSchema("type Item { id: ID! name: String } type Query { items: [Item!] n: Int }");
const operation = operationFromDocument(schema, parse("{ items { id name } n }"), { validate: false });
const compiledOperation = compileOperation(operation);
if (!compiledOperation) throw new Error("not compiled");
const compiled = (input: ComputeResponseInput) => shapeResponse(compiledOperation, input);

const request = (): ComputeResponseInput => ({
  operation,
  variables: {},
  input: { items: [{ id: "1", name: "a" }], n: 2 },
  introspectionHandling: () => null,
});

/** Compiled shaping with a defect: it answers every `n` as 0. */
const defective = (input: ComputeResponseInput) => {
  const answer = compiled(input);
  if (answer.data) answer.data.n = 0;
  return answer;
};

function verified(shaping: typeof compiled, share: number) {
  const outcomes: VerificationOutcome[] = [];
  const logged: unknown[] = [];
  const logger = { error: (fields: unknown) => logged.push(fields) } as never;
  const computeResponse = verifyingComputeResponse(shaping, apollo, {
    share,
    logger,
    onVerified: (outcome) => outcomes.push(outcome),
  });
  return { computeResponse, outcomes, logged };
}

describe("COMPILED_RESULT_SHAPING=verify", () => {
  it("serves the compiled answer when Apollo's is the same, and counts the match", () => {
    const { computeResponse, outcomes } = verified(compiled, 1);
    expect(computeResponse(request()).data).toEqual({ items: [{ id: "1", name: "a" }], n: 2 });
    expect(outcomes).toEqual(["match"]);
  });

  it("serves Apollo's answer on a mismatch, counts each and logs the operation once", () => {
    const { computeResponse, outcomes, logged } = verified(defective, 1);
    expect(computeResponse(request()).data).toEqual({ items: [{ id: "1", name: "a" }], n: 2 });
    expect(computeResponse(request()).data?.n).toBe(2);
    expect(outcomes).toEqual(["mismatch", "mismatch"]);
    expect(logged).toEqual([{ operation: operation.toString(), differs: "data" }]);
  });

  it("compares errors too, and rethrows what Apollo's own throws", () => {
    const nulls = (input: ComputeResponseInput) => ({ data: input.input ?? null, errors: [] });
    const { computeResponse, outcomes } = verified(nulls, 1);
    const answer = computeResponse({ ...request(), input: { items: [{ id: null }], n: 1 } });
    expect(answer.errors.map((error) => error.message)).toEqual([
      "Cannot return null for non-nullable field Item.id.",
    ]);
    expect(() => computeResponse({ ...request(), input: { items: { id: "1" }, n: 1 } })).toThrow(
      /Invalid non-list value/,
    );
    expect(outcomes).toEqual(["mismatch", "mismatch"]);
  });

  it("shapes only the sampled share both ways", () => {
    const { computeResponse, outcomes } = verified(defective, 0);
    expect(computeResponse(request()).data?.n).toBe(0);
    expect(outcomes).toEqual([]);
    let draws = 0;
    const sampled = verifyingComputeResponse(compiled, apollo, {
      share: 0.5,
      random: () => [0.2, 0.7][draws++ % 2] as number,
      onVerified: (outcome) => outcomes.push(outcome),
    });
    for (let i = 0; i < 4; i++) sampled(request());
    expect(outcomes).toEqual(["match", "match"]);
  });
});
