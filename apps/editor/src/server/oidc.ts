import type { Logger } from "@jamlik/service";
import * as client from "openid-client";
import { z } from "zod";
import type { EditorConfig } from "../config.ts";
import type { SessionUser } from "./sessions.ts";

/** What the editor needs from the ID token: who signed in, for which region, with which role. */
const identitySchema = z.object({
  sub: z.string().min(1),
  name: z.string().optional(),
  region: z.string().min(1),
  role: z.string().min(1),
});

export interface SignInStart {
  url: URL;
  codeVerifier: string;
  state: string;
  nonce: string;
}

export interface SignedIn {
  user: SessionUser;
  accessToken: string;
  idToken: string | undefined;
  /** Epoch milliseconds at which the access token expires. */
  expiresAt: number;
}

/**
 * The editor as an OpenID Connect relying party (openid-client): authorization code with PKCE,
 * state and nonce, the admin API's resource indicator, and RP-initiated sign-out. The provider's
 * metadata is read on first use and again after a failure (the provider may start after us).
 */
/** How long after start an unanswering provider is taken for one that is starting too. */
const PROVIDER_START_GRACE_MS = 60_000;

export function oidcClient(config: EditorConfig, logger: Logger) {
  const redirectUri = `${config.publicUrl}/auth/callback`;
  let discovered: Promise<client.Configuration> | undefined;
  // Until the provider has answered once, and for a while after start, it is expected to be starting.
  const startedAt = Date.now();
  let answeredOnce = false;
  const configuration = () => {
    discovered ??= client
      .discovery(
        new URL(config.oidc.issuer),
        config.oidc.clientId,
        undefined,
        client.ClientSecretBasic(config.oidc.clientSecret),
        // The development provider is plain HTTP on this machine; production requires HTTPS (config).
        config.oidc.issuer.startsWith("http://") ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .then((configuration) => {
        answeredOnce = true;
        return configuration;
      })
      .catch((error: unknown) => {
        discovered = undefined;
        if (!answeredOnce && Date.now() - startedAt < PROVIDER_START_GRACE_MS) {
          const reason = error instanceof Error ? error.message : String(error);
          logger.debug({ issuer: config.oidc.issuer, reason }, "identity provider not answering yet");
        } else {
          logger.warn({ err: error, issuer: config.oidc.issuer }, "identity provider discovery failed");
        }
        throw error;
      });
    return discovered;
  };

  return {
    ready: async () => {
      await configuration();
    },
    async start(): Promise<SignInStart> {
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(await configuration(), {
        redirect_uri: redirectUri,
        scope: "openid profile admin",
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: "S256",
        state,
        nonce,
        resource: config.oidc.resource,
      });
      return { url, codeVerifier, state, nonce };
    },
    async finish(
      currentUrl: URL,
      checks: { codeVerifier: string; state: string; nonce: string },
    ): Promise<SignedIn> {
      const tokens = await client.authorizationCodeGrant(
        await configuration(),
        currentUrl,
        {
          pkceCodeVerifier: checks.codeVerifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        },
        { resource: config.oidc.resource },
      );
      const identity = identitySchema.parse(tokens.claims());
      return {
        user: {
          subject: identity.sub,
          name: identity.name ?? identity.sub,
          region: identity.region,
          role: identity.role,
        },
        accessToken: tokens.access_token,
        idToken: tokens.id_token,
        expiresAt: Date.now() + (tokens.expiresIn() ?? 3600) * 1000,
      };
    },
    async signOutUrl(idToken: string | undefined): Promise<URL> {
      return client.buildEndSessionUrl(await configuration(), {
        post_logout_redirect_uri: `${config.publicUrl}/`,
        ...(idToken && { id_token_hint: idToken }),
      });
    },
  };
}

export type OidcClient = ReturnType<typeof oidcClient>;
