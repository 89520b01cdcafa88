import { readFileSync } from "node:fs";
import { RequestRejected } from "@jamlik/service";
import { z } from "zod";

/** The editor's persisted documents (`npm run codegen`): the only operations its server forwards. */
const MANIFEST = new URL("../app/graphql/generated/persisted-documents.json", import.meta.url);

const manifestSchema = z.record(z.string().regex(/^sha256:[0-9a-f]{64}$/), z.string().min(1));

/** The documents by their sha256 hash (without the `sha256:` prefix). */
export function loadAdminOperations(path: URL | string = MANIFEST): ReadonlyMap<string, string> {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  return new Map(Object.entries(manifest).map(([key, text]) => [key.slice("sha256:".length), text]));
}

const requestSchema = z.object({
  variables: z.record(z.string(), z.unknown()).default({}),
  extensions: z.object({
    persistedQuery: z.object({ version: z.literal(1), sha256Hash: z.string().regex(/^[0-9a-f]{64}$/) }),
  }),
});

/**
 * The admin API request for a browser's request that names one of the editor's documents by its
 * hash. Anything else is refused with a coded 400: a session (or a script that has one) can run the
 * editor's operations and no other.
 */
export function adminRequest(operations: ReadonlyMap<string, string>, request: unknown): string {
  if (typeof request === "object" && request !== null && "query" in request) {
    throw new RequestRejected(
      400,
      "PERSISTED_QUERY_REQUIRED",
      "Redigeringsappen skickar bara sina egna frågor, med deras hash",
    );
  }
  const parsed = requestSchema.safeParse(request);
  if (!parsed.success) {
    throw new RequestRejected(
      400,
      "BAD_REQUEST",
      "Ange frågans hash (extensions.persistedQuery) och dess variabler",
    );
  }
  const query = operations.get(parsed.data.extensions.persistedQuery.sha256Hash);
  if (!query) {
    throw new RequestRejected(
      400,
      "PERSISTED_QUERY_NOT_FOUND",
      "Frågan är inte en av redigeringsappens: ladda om sidan för att få den senaste versionen",
    );
  }
  return JSON.stringify({ query, variables: parsed.data.variables });
}
