import { createHash } from "node:crypto";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { RouteHandler } from "@jamlik/service";

/** The example the explorer opens on: it runs as it is (the variable has a default). */
export const EXPLORER_EXAMPLE = `# Jämlik: jämför regionerna (compare the regions)
query Comparison($metric: ID! = "LOGGED_IN_SHARE") {
  regions {
    code
    name
    latest(metric: $metric) { period value demo source { document dnr quote } }
    coverage { share unitsTotal unitsComplete demo gaps { careUnit { name } missing { code name } } }
  }
}`;

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * A Content-Security-Policy that lets exactly the page's own inline scripts run (by hash) and
 * nothing from anywhere else: the page talks to this gateway only, and no other site may frame it.
 */
export function explorerPolicy(html: string): string {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1] ?? ""));
  return [
    "default-src 'none'",
    `script-src ${scripts.join(" ")}`,
    // The editor sets styles at run time; styles cannot run code.
    "style-src 'unsafe-inline'",
    "img-src data:",
    "font-src data:",
    "connect-src 'self'",
    "worker-src blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

let page: { html: string; policy: string } | undefined;

/** GraphiQL, bundled (no CDN), served by the gateway itself. */
export const explorerRoute: RouteHandler = (_info, res) => {
  if (!page) {
    const html = renderGraphiQL({
      title: "Jämlik API explorer",
      endpoint: "/graphql",
      defaultQuery: EXPLORER_EXAMPLE,
      headers: JSON.stringify({}),
    } as Parameters<typeof renderGraphiQL>[0]).replace('<html lang="en">', '<html lang="sv">');
    page = { html, policy: explorerPolicy(html) };
  }
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-cache",
    "content-security-policy": page.policy,
  });
  res.end(page.html);
};
