import { describe, expect, it } from "vitest";
import { createSessionStore } from "../src/server/sessions.ts";

const user = { subject: "se-bd-editor", name: "Redaktör", region: "SE-BD", role: "editor" };

describe("the editor's sessions", () => {
  it("end at their expiry, and a session id is a random token with its own CSRF token", () => {
    let now = 1_000;
    const store = createSessionStore(() => now);
    const session = store.start(user, "access", "id", 2_000);
    expect(session.id).toMatch(/^[\w-]{43}$/);
    expect(session.csrfToken).not.toBe(session.id);
    expect(store.get(session.id)?.user).toEqual(user);
    now = 2_000;
    expect(store.get(session.id)).toBeUndefined();
  });

  it("are gone after sign-out", () => {
    const store = createSessionStore();
    const session = store.start(user, "access", undefined, Date.now() + 60_000);
    expect(store.end(session.id)?.id).toBe(session.id);
    expect(store.get(session.id)).toBeUndefined();
  });

  it("finish a sign-in once: a replayed callback finds nothing, nor does a late one", () => {
    let now = 0;
    const store = createSessionStore(() => now);
    const signIn = store.beginSignIn({ codeVerifier: "v", state: "s", nonce: "n", returnTo: "/" }, 1_000);
    expect(store.takeSignIn(signIn.id)?.state).toBe("s");
    expect(store.takeSignIn(signIn.id)).toBeUndefined();
    const late = store.beginSignIn({ codeVerifier: "v", state: "s2", nonce: "n", returnTo: "/" }, 1_000);
    now = 1_000;
    expect(store.takeSignIn(late.id)).toBeUndefined();
  });
});
