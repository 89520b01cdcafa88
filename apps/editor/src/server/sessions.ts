import { randomBytes } from "node:crypto";

export interface SessionUser {
  subject: string;
  name: string;
  region: string;
  role: string;
}

export interface Session {
  id: string;
  user: SessionUser;
  accessToken: string;
  idToken: string | undefined;
  /** Sent by the app in `x-csrf-token` with every request that changes something. */
  csrfToken: string;
  expiresAt: number;
}

/** A sign-in under way: what the callback must find again (PKCE verifier, state, nonce). */
export interface PendingSignIn {
  id: string;
  codeVerifier: string;
  state: string;
  nonce: string;
  returnTo: string;
  expiresAt: number;
}

const token = () => randomBytes(32).toString("base64url");

/**
 * Sessions in this process's memory: signed-in users and sign-ins under way, each with its expiry.
 * The browser holds only a random id (httpOnly cookie); tokens never reach it.
 */
export function createSessionStore(now: () => number = Date.now) {
  const sessions = new Map<string, Session>();
  const pending = new Map<string, PendingSignIn>();
  const sweep = () => {
    const t = now();
    for (const [id, s] of sessions) if (s.expiresAt <= t) sessions.delete(id);
    for (const [id, p] of pending) if (p.expiresAt <= t) pending.delete(id);
  };
  return {
    start(user: SessionUser, accessToken: string, idToken: string | undefined, expiresAt: number): Session {
      sweep();
      const session = { id: token(), user, accessToken, idToken, csrfToken: token(), expiresAt };
      sessions.set(session.id, session);
      return session;
    },
    get(id: string | undefined): Session | undefined {
      if (!id) return undefined;
      const session = sessions.get(id);
      if (!session) return undefined;
      if (session.expiresAt <= now()) {
        sessions.delete(id);
        return undefined;
      }
      return session;
    },
    end(id: string | undefined): Session | undefined {
      if (!id) return undefined;
      const session = sessions.get(id);
      sessions.delete(id);
      return session;
    },
    beginSignIn(fields: Omit<PendingSignIn, "id" | "expiresAt">, ttlMs = 600_000): PendingSignIn {
      sweep();
      const signIn = { ...fields, id: token(), expiresAt: now() + ttlMs };
      pending.set(signIn.id, signIn);
      return signIn;
    },
    /** The sign-in once: a replayed callback finds nothing. */
    takeSignIn(id: string | undefined): PendingSignIn | undefined {
      if (!id) return undefined;
      const signIn = pending.get(id);
      pending.delete(id);
      return signIn && signIn.expiresAt > now() ? signIn : undefined;
    },
  };
}
