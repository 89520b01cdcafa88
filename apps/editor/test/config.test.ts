import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/config.ts";

const secret = "x".repeat(32);

describe("the editor's settings", () => {
  it("defaults to the local stack: the development provider and each region's admin endpoint", () => {
    const config = parseConfig({ OIDC_CLIENT_SECRET: secret });
    expect(config.oidc.issuer).toBe("http://127.0.0.1:4010");
    expect(config.publicUrl).toBe("http://127.0.0.1:3001");
    expect(config.adminUrls).toEqual({
      "SE-BD": "http://127.0.0.1:4101/admin/graphql",
      "SE-U": "http://127.0.0.1:4102/admin/graphql",
      "SE-N": "http://127.0.0.1:4103/admin/graphql",
    });
  });

  it("refuses the development provider (plain HTTP) and a plain-HTTP address in production", () => {
    expect(() => parseConfig({ NODE_ENV: "production", OIDC_CLIENT_SECRET: secret })).toThrow(
      /OIDC_ISSUER: production needs/,
    );
    expect(() =>
      parseConfig({
        NODE_ENV: "production",
        OIDC_CLIENT_SECRET: secret,
        OIDC_ISSUER: "https://idp.region.se",
      }),
    ).toThrow(/PUBLIC_URL: production needs/);
    expect(
      parseConfig({
        NODE_ENV: "production",
        OIDC_CLIENT_SECRET: secret,
        OIDC_ISSUER: "https://idp.region.se",
        PUBLIC_URL: "https://jamlik.region.se",
      }).production,
    ).toBe(true);
  });
});
