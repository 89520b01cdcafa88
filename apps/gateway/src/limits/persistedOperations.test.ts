import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPersistedOperations } from "./persistedOperations.ts";

const write = (manifest: unknown) => {
  const path = join(tmpdir(), `jamlik-manifest-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(manifest));
  return path;
};

describe("a persisted documents manifest", () => {
  it("loads each document under the sha256 of its text", () => {
    const body = "query Status { regionStatus { code } }";
    const hash = createHash("sha256").update(body).digest("hex");
    expect([...loadPersistedOperations(write({ [`sha256:${hash}`]: body }))]).toEqual([[hash, body]]);
  });

  it("is refused when a key is not the hash of its document, or not a sha256 key", () => {
    const hash = createHash("sha256").update("query A { a }").digest("hex");
    expect(() => loadPersistedOperations(write({ [`sha256:${hash}`]: "query B { b }" }))).toThrow(
      /the hash is not the document's/,
    );
    expect(() => loadPersistedOperations(write({ [hash]: "query A { a }" }))).toThrow(/sha256:/);
  });
});
