import type { IncomingMessage, ServerResponse } from "node:http";
import {
  createHttpService,
  type HttpService,
  type Logger,
  mediaType,
  REQUEST_ID_HEADER,
  type RequestInfo,
  RequestRejected,
  readBody,
  relayAnswer,
  type ServiceMetrics,
  sendJson,
} from "@jamlik/service";
import { type Asset, makeAsset, sendAsset } from "@jamlik/service/web";
import type { EditorConfig } from "../config.ts";
import { adminRequest, loadAdminOperations } from "./adminOperations.ts";
import { ServicesDocument } from "./graphql/generated/graphql.ts";
import { importCsv, importRequestSchema } from "./importCsv.ts";
import type { OidcClient } from "./oidc.ts";
import { createSessionStore, type Session } from "./sessions.ts";
import { postUpstream } from "./upstream.ts";

const SESSION_COOKIE = "jamlik_editor_session";
const SIGN_IN_COOKIE = "jamlik_editor_signin";
/** The admin API's largest legitimate request is a CSV import; the app sends nothing bigger. */
const BODY_LIMIT = 16 * 1024 * 1024;

/** Everything the page loads comes from here; its one form (sign-out) ends at the identity provider. */
const pageHeaders = (issuer: string) => ({
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    `base-uri 'none'; form-action 'self' ${new URL(issuer).origin}; frame-ancestors 'none'`,
});

export interface EditorServerOptions {
  config: EditorConfig;
  logger: Logger;
  oidc: OidcClient;
  assets: Map<string, Asset>;
  html: string;
  metrics?: ServiceMetrics;
}

/** The request's cookies; one that is not well-formed (a stray `%`) is left out, as if absent. */
function cookies(req: IncomingMessage): Record<string, string> {
  const found: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const pair = part.trim().split("=");
    if (pair.length !== 2 || !pair[0]) continue;
    try {
      found[pair[0]] = decodeURIComponent(pair[1] as string);
    } catch {
      // URIError: not a cookie of ours.
    }
  }
  return found;
}

function redirect(res: ServerResponse, location: string, cookieHeaders: string[] = []): void {
  res.writeHead(303, {
    location,
    "cache-control": "no-store",
    ...(cookieHeaders.length && { "set-cookie": cookieHeaders }),
  });
  res.end();
}

/**
 * The editor's HTTP service: OpenID Connect sign-in and sign-out, the session (an httpOnly
 * SameSite=Lax cookie holding a random id; tokens stay here), `POST /api/admin` forwarded to the
 * signed-in user's region's admin API with the user's access token, `GET /api/catalog` from the
 * gateway, and the app. Every request that changes something needs the session's CSRF token and
 * this origin.
 */
export function createEditorServer(
  options: EditorServerOptions,
): HttpService & { sessions: ReturnType<typeof createSessionStore> } {
  const { config, oidc, assets } = options;
  const PAGE_HEADERS = pageHeaders(config.oidc.issuer);
  const sessions = createSessionStore();
  const operations = loadAdminOperations();
  const secure = config.publicUrl.startsWith("https://");
  const cookie = (name: string, value: string, maxAgeSeconds: number) =>
    `${name}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? "; Secure" : ""}`;
  const sessionOf = (req: IncomingMessage) => sessions.get(cookies(req)[SESSION_COOKIE]);

  /** A state-changing request: from this origin, with the session's CSRF token. */
  const requireSession = (req: IncomingMessage, changes: boolean): Session => {
    const session = sessionOf(req);
    if (!session)
      throw new RequestRejected(401, "UNAUTHENTICATED", "Logga in igen: sessionen saknas eller har gått ut");
    if (changes) {
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== config.publicUrl) {
        throw new RequestRejected(403, "FORBIDDEN", "Begäran kommer från en annan webbplats");
      }
      if (req.headers["x-csrf-token"] !== session.csrfToken) {
        throw new RequestRejected(403, "CSRF", "Begäran saknar giltig CSRF-token");
      }
    }
    return session;
  };

  // The page holds no user data (the app asks the API for it), so it may be revalidated like the dashboard's.
  const page = makeAsset(Buffer.from(options.html), "text/html; charset=utf-8", false);

  const routes = {
    "/auth/login": async (_info: RequestInfo, res: ServerResponse) => {
      const start = await oidc.start();
      const signIn = sessions.beginSignIn({
        codeVerifier: start.codeVerifier,
        state: start.state,
        nonce: start.nonce,
        returnTo: "/",
      });
      redirect(res, start.url.href, [cookie(SIGN_IN_COOKIE, signIn.id, 600)]);
    },
    "/auth/callback": async ({ req, log }: RequestInfo, res: ServerResponse) => {
      const signIn = sessions.takeSignIn(cookies(req)[SIGN_IN_COOKIE]);
      if (!signIn)
        throw new RequestRejected(
          400,
          "BAD_REQUEST",
          "Inloggningen har gått ut eller gjorts redan: börja om",
        );
      const currentUrl = new URL(req.url ?? "/", config.publicUrl);
      let signedIn: Awaited<ReturnType<OidcClient["finish"]>>;
      try {
        signedIn = await oidc.finish(currentUrl, signIn);
      } catch (error) {
        log.warn({ err: error }, "sign-in callback refused");
        throw new RequestRejected(400, "BAD_REQUEST", "Inloggningen kunde inte slutföras: börja om");
      }
      const expiresAt = Math.min(signedIn.expiresAt, Date.now() + config.sessionMaxAgeSeconds * 1000);
      const session = sessions.start(signedIn.user, signedIn.accessToken, signedIn.idToken, expiresAt);
      log.info(
        { user: session.user.subject, region: session.user.region, role: session.user.role },
        "signed in",
      );
      redirect(res, signIn.returnTo, [
        cookie(SESSION_COOKIE, session.id, Math.round((expiresAt - Date.now()) / 1000)),
        cookie(SIGN_IN_COOKIE, "", 0),
      ]);
    },
    "/auth/logout": async ({ req }: RequestInfo, res: ServerResponse) => {
      if (req.method !== "POST") throw new RequestRejected(405, "METHOD_NOT_ALLOWED", "Logga ut med POST");
      const form = new URLSearchParams(await readBody(req, 10_000));
      const session = sessionOf(req);
      if (session && form.get("csrf") !== session.csrfToken)
        throw new RequestRejected(403, "CSRF", "Begäran saknar giltig CSRF-token");
      sessions.end(session?.id);
      const target = await oidc.signOutUrl(session?.idToken);
      redirect(res, target.href, [cookie(SESSION_COOKIE, "", 0)]);
    },
    "/api/session": ({ req }: RequestInfo, res: ServerResponse) => {
      const session = sessionOf(req);
      res.setHeader("cache-control", "no-store");
      if (!session) return sendJson(res, 200, { signedIn: false });
      sendJson(res, 200, {
        signedIn: true,
        user: session.user,
        regionName: config.regionNames[session.user.region] ?? session.user.region,
        csrfToken: session.csrfToken,
        expiresAt: new Date(session.expiresAt).toISOString(),
      });
    },
    "/api/admin": async ({ req, requestId, log }: RequestInfo, res: ServerResponse) => {
      if (req.method !== "POST") throw new RequestRejected(405, "METHOD_NOT_ALLOWED", "Använd POST");
      if (mediaType(req.headers["content-type"]) !== "application/json")
        throw new RequestRejected(415, "BAD_REQUEST", "Skicka application/json");
      const session = requireSession(req, true);
      const target = config.adminUrls[session.user.region];
      if (!target)
        throw new RequestRejected(403, "FORBIDDEN", `Regionen ${session.user.region} finns inte i registret`);
      const body = adminRequest(operations, parseJson(await readBody(req, BODY_LIMIT)));
      await forward(
        res,
        target,
        body,
        { authorization: `Bearer ${session.accessToken}`, [REQUEST_ID_HEADER]: requestId },
        log,
      );
    },
    "/api/import": async ({ req, requestId, log }: RequestInfo, res: ServerResponse) => {
      if (req.method !== "POST") throw new RequestRejected(405, "METHOD_NOT_ALLOWED", "Använd POST");
      const session = requireSession(req, true);
      const target = config.adminUrls[session.user.region];
      if (!target)
        throw new RequestRejected(403, "FORBIDDEN", `Regionen ${session.user.region} finns inte i registret`);
      const request = importRequestSchema.safeParse(parseJson(await readBody(req, BODY_LIMIT)));
      if (!request.success)
        throw new RequestRejected(
          400,
          "BAD_REQUEST",
          "Ange format, filens text och om det är en provkörning",
        );
      const answer = await importCsv(request.data, target, session.accessToken, requestId, log);
      sendJson(res, 200, answer);
    },
    "/api/catalog": async ({ req, requestId, log }: RequestInfo, res: ServerResponse) => {
      requireSession(req, false);
      const query = JSON.stringify({ query: ServicesDocument.toString() });
      await forward(res, config.gatewayUrl, query, { [REQUEST_ID_HEADER]: requestId }, log);
    },
  };

  return {
    sessions,
    ...createHttpService({
      logger: options.logger,
      ...(options.metrics && { metrics: options.metrics }),
      ready: oidc.ready,
      routes,
      fallback: ({ req }, res) => {
        if (req.method !== "GET" && req.method !== "HEAD")
          throw new RequestRejected(405, "METHOD_NOT_ALLOWED", "Method not allowed");
        const path = new URL(req.url ?? "/", "http://localhost").pathname;
        const asset = assets.get(path);
        if (asset) return sendAsset(req, res, asset, PAGE_HEADERS);
        if (path.startsWith("/assets/")) throw new RequestRejected(404, "NOT_FOUND", "Not found");
        return sendAsset(req, res, page, PAGE_HEADERS);
      },
    }),
  };
}

/** JSON from a request body; text that is not JSON is the client's mistake (400), not ours. */
function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new RequestRejected(400, "BAD_REQUEST", "Skicka giltig JSON");
  }
}

async function forward(
  res: ServerResponse,
  url: string,
  body: string,
  headers: Record<string, string>,
  log: Logger,
): Promise<void> {
  await relayAnswer(res, await postUpstream(url, body, headers, log));
}
