import { exportJWK, generateKeyPair } from "jose";
import Provider, { type Configuration } from "oidc-provider";
import { type DevUser, devUsers } from "./users.ts";

/** The client id of the regions' editing web app. */
export const EDITOR_CLIENT_ID = "jamlik-editor";
/** The resource indicator of the regions' admin APIs; its access tokens are JWTs for them. */
export const ADMIN_RESOURCE = "urn:jamlik:admin";
const ADMIN_SCOPE = "admin";

export interface ProviderOptions {
  issuer: string;
  editorUrl: string;
  editorClientSecret: string;
  adminAudience: string;
  users?: DevUser[];
}

/**
 * A real OpenID Connect provider (oidc-provider) for development and the tests: authorization code
 * with PKCE for the editor, JWT access tokens for the admin APIs with the user's `region` and
 * `role`, a fresh signing key each start (the regions read it from the JWKS endpoint).
 */
export async function createDevProvider(
  options: ProviderOptions,
): Promise<{ provider: Provider; users: DevUser[] }> {
  const users = options.users ?? devUsers();
  const byId = new Map(users.map((user) => [user.id, user]));
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), alg: "RS256", use: "sig", kid: `dev-${Date.now()}` };

  const configuration: Configuration = {
    clients: [
      {
        client_id: EDITOR_CLIENT_ID,
        client_secret: options.editorClientSecret,
        redirect_uris: [`${options.editorUrl}/auth/callback`],
        post_logout_redirect_uris: [`${options.editorUrl}/`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [signingKey] },
    pkce: { required: () => true },
    scopes: ["openid", "profile", ADMIN_SCOPE],
    // The editor reads the region and role from the ID token it receives with the code.
    conformIdTokenClaims: false,
    claims: { openid: ["sub"], profile: ["name", "region", "role"] },
    findAccount: (_ctx, id) => {
      const user = byId.get(id);
      if (!user) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, name: user.name, region: user.region, role: user.role }),
      };
    },
    // Access tokens for the admin API carry who the user is there: its region and role.
    extraTokenClaims: (_ctx, token) => {
      const user = "accountId" in token && token.accountId ? byId.get(token.accountId) : undefined;
      return user ? { region: user.region, role: user.role } : {};
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = "html";
          ctx.body = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Logga ut</title></head><body><main><h1>Logga ut</h1><p>Vill du logga ut från identitetsleverantören också?</p>${form}<button form="op.logoutForm" type="submit" name="logout" value="yes">Ja, logga ut</button></main></body></html>`;
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => ADMIN_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== ADMIN_RESOURCE) throw new Error(`unknown resource ${resource}`);
          return {
            scope: ADMIN_SCOPE,
            audience: options.adminAudience,
            accessTokenTTL: 3600,
            accessTokenFormat: "jwt",
            jwt: { sign: { alg: "RS256" } },
          };
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: { Session: 8 * 3600, Grant: 8 * 3600, Interaction: 600, AuthorizationCode: 60, IdToken: 3600 },
    cookies: { keys: [options.editorClientSecret] },
    renderError: (ctx, out) => {
      ctx.type = "html";
      ctx.body = `<!doctype html><html lang="sv"><meta charset="utf-8"><title>Inloggningen misslyckades</title><main><h1>Inloggningen misslyckades</h1><p>${escapeHtml(String(out.error_description ?? out.error))}</p></main></html>`;
    },
  };
  const provider = new Provider(options.issuer, configuration);
  return { provider, users };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
