import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { type RequestInfo, readBody } from "@jamlik/service";
import type Provider from "oidc-provider";
import { errors } from "oidc-provider";
import { escapeHtml } from "./provider.ts";
import { DEV_PASSWORD, type DevUser } from "./users.ts";

const STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
label{display:block;margin-top:1rem;font-weight:600}input{font:inherit;padding:.4rem;width:100%;max-width:20rem}
button{font:inherit;margin-top:1rem;padding:.5rem 1rem}.fel{color:#a00;font-weight:600}
table{border-collapse:collapse;margin-top:1.5rem}td,th{border:1px solid #999;padding:.2rem .5rem;text-align:left}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

function loginPage(uid: string, users: DevUser[], error?: string, login = ""): string {
  const rows = users
    .map((u) => `<tr><td><code>${escapeHtml(u.id)}</code></td><td>${escapeHtml(u.name)}</td></tr>`)
    .join("");
  return page(
    "Logga in – Jämliks utvecklings-IdP",
    `<h1>Logga in</h1>
<p>Jämliks identitetsleverantör för utveckling och tester. Den startar aldrig i produktion.</p>
${error ? `<p class="fel" role="alert" id="fel">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label for="login">Användarnamn</label><input id="login" name="login" autocomplete="username" required value="${escapeHtml(login)}"${error ? ' aria-describedby="fel"' : ""}>
<label for="password">Lösenord</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Logga in</button>
</form>
<table><caption>Användare (lösenord <code>${DEV_PASSWORD}</code>)</caption><thead><tr><th scope="col">Användarnamn</th><th scope="col">Namn och roll</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

/**
 * The pages load nothing and run nothing: their one style sheet, by hash, and forms posted here.
 * A form's answer may redirect on to the client (the editor's callback): browsers hold redirects
 * after a submission to `form-action` too.
 */
function contentSecurityPolicy(clientOrigins: readonly string[]): string {
  return [
    "default-src 'none'",
    `style-src 'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`,
    `form-action 'self' ${clientOrigins.join(" ")}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join("; ");
}

type SendHtml = (res: ServerResponse, status: number, html: string) => void;

const htmlSender =
  (policy: string): SendHtml =>
  (res, status, html) => {
    res.writeHead(status, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": policy,
    });
    res.end(html);
  };

const EXPIRED = () =>
  page("Fel", "<h1>Inloggningen har gått ut</h1><p>Börja om från appen du loggar in till.</p>");

const INTERACTION = /^\/interaction\/([\w-]+)(\/login)?$/;

/**
 * The sign-in pages of the development provider; everything else is oidc-provider's.
 * `clientOrigins`: where a signed-in user is sent back to (the editor).
 */
export function interactionHandler(provider: Provider, users: DevUser[], clientOrigins: readonly string[]) {
  const byId = new Map(users.map((user) => [user.id, user]));
  const sendHtml = htmlSender(contentSecurityPolicy(clientOrigins));
  const oidc = provider.callback();
  return async ({ req, log }: RequestInfo, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const match = INTERACTION.exec(path);
    if (!match) return oidc(req, res);
    const uid = match[1] ?? "";
    let details: Awaited<ReturnType<Provider["interactionDetails"]>>;
    try {
      details = await provider.interactionDetails(req, res);
    } catch (error) {
      // An unknown or expired interaction (or none in the cookies): the user's to start again.
      if (error instanceof errors.SessionNotFound) return sendHtml(res, 400, EXPIRED());
      throw error;
    }
    if (details.uid !== uid) return sendHtml(res, 400, EXPIRED());
    if (details.prompt.name === "consent") {
      // The editor is the region's own app: what it asks for is granted without asking the user.
      const { session, params, prompt } = details;
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: session?.accountId ?? "", clientId: String(params.client_id) });
      if (!grant) return sendHtml(res, 400, EXPIRED());
      const missing = prompt.details as {
        missingOIDCScope?: string[];
        missingOIDCClaims?: string[];
        missingResourceScopes?: Record<string, string[]>;
      };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
        grant.addResourceScope(indicator, scopes.join(" "));
      }
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
      return;
    }
    if (!match[2]) return sendHtml(res, 200, loginPage(uid, users));
    if (req.method !== "POST") return sendHtml(res, 405, page("Fel", "<h1>Använd formuläret</h1>"));
    const form = new URLSearchParams(await readBody(req as IncomingMessage, 10_000));
    const login = (form.get("login") ?? "").trim();
    const user = byId.get(login);
    if (!user || form.get("password") !== DEV_PASSWORD) {
      log.info({ login }, "sign-in refused");
      return sendHtml(res, 401, loginPage(uid, users, "Fel användarnamn eller lösenord.", login));
    }
    log.info({ user: user.id }, "signed in");
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.id } },
      { mergeWithLastSubmission: false },
    );
  };
}
