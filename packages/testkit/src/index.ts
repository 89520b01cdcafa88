export { type Fault, type FaultProxy, startFaultProxy } from "./faultProxy.ts";
export { type GraphQLResponse, postGraphQL } from "./graphql.ts";
export { freePort } from "./ports.ts";
export { createTestDatabase, postgresAvailable, type TestDatabase } from "./postgres.ts";
