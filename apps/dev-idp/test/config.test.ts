import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/config.ts";
import { devUsers } from "../src/users.ts";

describe("the development identity provider", () => {
  it("never starts in production", () => {
    expect(() => parseConfig({ NODE_ENV: "production", EDITOR_CLIENT_SECRET: "x".repeat(32) })).toThrow(
      /never runs in production/,
    );
  });

  it("registers the editor's callback and takes its issuer from its port", () => {
    const config = parseConfig({
      PORT: "4999",
      EDITOR_URL: "http://127.0.0.1:3999/",
      EDITOR_CLIENT_SECRET: "x".repeat(32),
    });
    expect(config).toMatchObject({ issuer: "http://127.0.0.1:4999", editorUrl: "http://127.0.0.1:3999" });
  });

  it("has one user per region and role", () => {
    const users = devUsers();
    expect(users).toHaveLength(12);
    expect(users.find((u) => u.id === "se-bd-editor")).toEqual({
      id: "se-bd-editor",
      name: "Redaktör, Region Norrbotten",
      region: "SE-BD",
      role: "editor",
    });
  });
});
