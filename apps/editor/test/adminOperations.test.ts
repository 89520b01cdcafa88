import { createHash } from "node:crypto";
import { RequestRejected } from "@jamlik/service";
import { describe, expect, it } from "vitest";
import { RecordsDocument } from "../src/app/graphql/generated/graphql.ts";
import { adminRequest, loadAdminOperations } from "../src/server/adminOperations.ts";

const operations = loadAdminOperations();
const hashOf = (text: string) => createHash("sha256").update(text).digest("hex");
const persisted = (sha256Hash: string, variables: Record<string, unknown> = {}) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash } },
});
const refusal = (request: unknown) => {
  try {
    adminRequest(operations, request);
  } catch (error) {
    if (error instanceof RequestRejected) return { status: error.status, code: error.code };
    throw error;
  }
  return undefined;
};

describe("the editor's server forwards only the editor's own operations", () => {
  it("holds every document the app sends, each under the hash of its text", () => {
    expect(operations.size).toBeGreaterThanOrEqual(30);
    for (const [hash, text] of operations) expect(hashOf(text)).toBe(hash);
    const records = String(RecordsDocument.__meta__?.hash).replace(/^sha256:/, "");
    expect(operations.get(records)).toContain("records(entity: $entity)");
  });

  it("sends a document named by its hash with its variables", () => {
    const [hash, text] = [...operations][0] as [string, string];
    expect(JSON.parse(adminRequest(operations, persisted(hash, { entity: "GOAL" })))).toEqual({
      query: text,
      variables: { entity: "GOAL" },
    });
  });

  it("refuses a query's text, an unknown hash and a request without a hash, each with its code", () => {
    expect(refusal({ query: "{ me { region } }" })).toEqual({
      status: 400,
      code: "PERSISTED_QUERY_REQUIRED",
    });
    expect(refusal(persisted("0".repeat(64)))).toEqual({ status: 400, code: "PERSISTED_QUERY_NOT_FOUND" });
    expect(refusal({ variables: {} })).toEqual({ status: 400, code: "BAD_REQUEST" });
    expect(refusal(persisted("not-a-hash"))).toEqual({ status: 400, code: "BAD_REQUEST" });
    expect(refusal(null)).toEqual({ status: 400, code: "BAD_REQUEST" });
  });
});
