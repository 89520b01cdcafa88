import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { RouteHandler } from "@jamlik/service";

const exampleQuery = `# Jämlik: jämför regionerna (compare the regions)
query Comparison($metric: ID!) {
  regions {
    code
    name
    latest(metric: $metric) { period value source { document dnr quote } }
    coverage { share unitsTotal unitsComplete gaps { careUnit { name } missing { code name } } }
  }
}`;

let html: string | undefined;

/** GraphiQL, bundled (no CDN), served by the gateway itself. */
export const explorerRoute: RouteHandler = (_info, res) => {
  html ??= renderGraphiQL({
    title: "Jämlik API explorer",
    endpoint: "/graphql",
    defaultQuery: exampleQuery,
    headers: JSON.stringify({}),
  } as Parameters<typeof renderGraphiQL>[0]).replace('<html lang="en">', '<html lang="sv">');
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" });
  res.end(html);
};
