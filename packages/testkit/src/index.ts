export { type Fault, type FaultProxy, startFaultProxy } from "./faultProxy.ts";
export {
  CLIENT_CODES,
  fc,
  fuzzRuns,
  type Judged,
  judgeAnswer,
  nastyInt,
  nastyNumber,
  nastyStrings,
  nastyText,
  validDate,
  validPeriod,
} from "./fuzz.ts";
export { type GraphQLResponse, postGraphQL } from "./graphql.ts";
export { clockPast, instantBetweenWrites } from "./instants.ts";
export { freePort } from "./ports.ts";
export { createTestDatabase, postgresAvailable, type TestDatabase } from "./postgres.ts";
export { type SeededChoices, seededChoices, stringSeed } from "./random.ts";
export { adminToken } from "./tokens.ts";
export { waitFor } from "./waitFor.ts";
