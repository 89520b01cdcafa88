import { getRegion } from "@jamlik/registry";
import type { Role } from "@jamlik/schema";
import { createLogger } from "@jamlik/service";
import { createTestDatabase, type TestDatabase } from "@jamlik/testkit";
import { SignJWT } from "jose";
import type { AuthConfig } from "../../src/admin/auth.ts";
import { createRegionServer, type RegionServer } from "../../src/server.ts";

export const SECRET = "test-secret-that-is-long-enough";
export const AUTH: AuthConfig = { issuer: "jamlik-dev", audience: "jamlik-admin", devSecret: SECRET };

export interface TokenOptions {
  secret?: string;
  /** The signing algorithm (default HS256, the only one a development secret may use). */
  algorithm?: string;
  /** Issued at (seconds since the epoch); default now. */
  issuedAt?: number;
  issuer?: string;
  audience?: string;
  expiresIn?: string | number;
  subject?: string | null;
  claims?: Record<string, unknown>;
}

export function token(region: string, role: Role | string, options: TokenOptions = {}): Promise<string> {
  let jwt = new SignJWT({ region, role, ...options.claims })
    .setProtectedHeader({ alg: options.algorithm ?? "HS256" })
    .setIssuer(options.issuer ?? AUTH.issuer)
    .setAudience(options.audience ?? AUTH.audience)
    .setIssuedAt(options.issuedAt)
    .setExpirationTime(options.expiresIn ?? "1h");
  if (options.subject !== null) jwt = jwt.setSubject(options.subject ?? `tester-${role}`);
  return jwt.sign(new TextEncoder().encode(options.secret ?? SECRET));
}

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface AdminHarness {
  server: RegionServer;
  database: TestDatabase;
  adminUrl: string;
  graphqlUrl: string;
  /** POSTs to the admin endpoint with the given bearer token (none when undefined). */
  admin<T = Record<string, unknown>>(
    bearer: string | undefined,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
  federated<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

async function post<T>(
  url: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<T>, "status">) };
}

/** A region's subgraph listening on a free port, with its admin endpoint, on a fresh database. */
export async function startAdmin(
  code: string,
  options: { seed?: boolean; auth?: AuthConfig } = {},
): Promise<AdminHarness> {
  const database = await createTestDatabase(`admin_${code}`);
  const server = await createRegionServer({
    region: getRegion(code),
    logger: createLogger("test", "silent"),
    databaseUrl: database.url,
    dataDir: "memory://",
    seed: options.seed ?? true,
    auth: options.auth ?? AUTH,
  });
  const port = await server.service.listen(0);
  const adminUrl = `http://127.0.0.1:${port}/admin/graphql`;
  const graphqlUrl = `http://127.0.0.1:${port}/graphql`;
  return {
    server,
    database,
    adminUrl,
    graphqlUrl,
    admin: (bearer, query, variables = {}) =>
      post(adminUrl, { query, variables }, bearer ? { authorization: `Bearer ${bearer}` } : {}),
    federated: (query, variables = {}) => post(graphqlUrl, { query, variables }, {}),
    close: async () => {
      await server.service.close();
      await database.drop();
    },
  };
}

/** The region's own fields through its federated schema, as the gateway asks for them. */
export function regionEntity(typeName: string, code: string, selection: string) {
  return {
    query: `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${typeName} { ${selection} } } }`,
    variables: { reps: [{ __typename: typeName, code }] },
  };
}
