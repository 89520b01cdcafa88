import { describe, expect, it } from "vitest";
import { sharedStack } from "./sharedStacks.ts";

describe("a subgraph called without the gateway", () => {
  const stack = sharedStack("securedStack");

  it("gets 401 and nothing else, _service and _entities included; health stays open", async () => {
    const url = `http://127.0.0.1:${stack.ports["SE-BD"]}`;
    const attempts: [string, Record<string, string>][] = [
      ["{ _service { sdl } }", {}],
      [
        '{ _entities(representations: [{ __typename: "Norrbotten", code: "SE-BD" }]) { ... on Norrbotten { name } } }',
        {},
      ],
      ["{ _service { sdl } }", { "x-jamlik-subgraph-credential": "a-wrong-credential-value" }],
    ];
    for (const [text, headers] of attempts) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: text }),
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        errors: [{ message: "Unauthorized", extensions: { code: "UNAUTHENTICATED" } }],
      });
    }
    const withCredential = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-jamlik-subgraph-credential": stack.subgraphSecret ?? "",
      },
      body: JSON.stringify({ query: "{ _service { sdl } }" }),
    });
    expect(withCredential.status).toBe(200);
    for (const path of ["/health", "/ready"]) expect((await fetch(`${url}${path}`)).status).toBe(200);
  });
});
