import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "./decode.ts";

describe("decodeUtf8", () => {
  it("keeps the BOM for the parser and refuses text that is not UTF-8", () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), "f.csv")).toBe("\uFEFFa");
    expect(decodeUtf8(Buffer.from("Luleå;Piteå", "utf8"), "f.csv")).toBe("Luleå;Piteå");
    // "Luleå" as Windows-1252, what older Excel versions write for "CSV (semikolonavgränsad)".
    expect(() => decodeUtf8(new Uint8Array([0x4c, 0x75, 0x6c, 0x65, 0xe5]), "f.csv")).toThrow(/not UTF-8/);
  });
});
