/**
 * The run-time guard of the compiled result shaping (COMPILED_RESULT_SHAPING=verify): a sampled
 * share of answers is shaped both ways, Apollo's first on a copy of the subgraphs' data (the
 * compiled shaping changes that data in place), and Apollo's answer is served whenever the two
 * differ. Each mismatching operation is logged once; every comparison is counted.
 */
import type { Operation } from "@apollo/federation-internals";
import type { Logger } from "@jamlik/service";
import type { ComputedResponse, ComputeResponseInput } from "./resultShaping.ts";

type ComputeResponse = (input: ComputeResponseInput) => ComputedResponse;

export type VerificationOutcome = "match" | "mismatch";

export interface VerificationOptions {
  /** Share of answers shaped both ways, 0 to 1. */
  share: number;
  logger?: Logger | undefined;
  /** Called for every answer shaped both ways. */
  onVerified?: ((outcome: VerificationOutcome) => void) | undefined;
  /** Random numbers in [0, 1), for the sampling. */
  random?: () => number;
}

type Outcome =
  | { answer: ComputedResponse; data: string; errors: string }
  | { threw: unknown; message: string };

/** An answer as the client would get it: data as JSON text (key order included), errors in full. */
function outcomeOf(run: () => ComputedResponse): Outcome {
  try {
    const answer = run();
    return {
      answer,
      data: JSON.stringify(answer.data),
      errors: JSON.stringify(
        answer.errors.map((error) => ({
          message: error.message,
          path: error.path,
          extensions: error.extensions,
        })),
      ),
    };
  } catch (error) {
    return { threw: error, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Which part of the answer differs, or undefined when the two are the same. */
function difference(compiled: Outcome, apollo: Outcome): string | undefined {
  if ("threw" in compiled || "threw" in apollo) {
    const a = "threw" in compiled ? compiled.message : undefined;
    const b = "threw" in apollo ? apollo.message : undefined;
    return a === b ? undefined : "thrown error";
  }
  if (compiled.data !== apollo.data) return "data";
  if (compiled.errors !== apollo.errors) return "errors";
  return undefined;
}

export function verifyingComputeResponse(
  compiled: ComputeResponse,
  apollo: ComputeResponse,
  options: VerificationOptions,
): ComputeResponse {
  const random = options.random ?? Math.random;
  const logged = new WeakSet<Operation>();
  return (input) => {
    if (options.share <= 0 || random() >= options.share) return compiled(input);
    const expected = outcomeOf(() => apollo({ ...input, input: structuredClone(input.input) }));
    const actual = outcomeOf(() => compiled(input));
    const differs = difference(actual, expected);
    options.onVerified?.(differs ? "mismatch" : "match");
    if (differs && !logged.has(input.operation)) {
      logged.add(input.operation);
      options.logger?.error(
        { operation: input.operation.toString(), differs },
        "compiled result shaping differs from Apollo's: Apollo's answer served",
      );
    }
    // Apollo's answer whenever they differ, and Apollo's error when Apollo's own threw.
    const served = differs ? expected : actual;
    if ("threw" in served) throw served.threw;
    return served.answer;
  };
}
