/**
 * The floor (C): an HTTP server that answers a GraphQL request by sending the subgraphs exactly the
 * requests the query plan sends (national first, then every region in parallel) over keep-alive
 * connections, merging the answers and nothing more. What a perfect gateway could do: network and
 * subgraph work only. Started as its own process by the benchmark, so its CPU is measured alone.
 *
 * With FLOOR_DEDUPLICATE=true it merges identical subgraph requests in flight (same subgraph, same
 * body): the fair floor for gateways that deduplicate.
 *
 * Environment: PORT, SUPERGRAPH_PATH, SUBGRAPH_SECRETS, FLOOR_SUBGRAPHS (JSON: subgraph name → URL),
 * FLOOR_DEDUPLICATE.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { Agent, request } from "undici";
import { executePlan, type Json, Planner } from "./plan.ts";

const SUBGRAPH_CREDENTIAL_HEADER = "x-jamlik-subgraph-credential";

const port = Number(process.env.PORT ?? 0);
const supergraphPath = process.env.SUPERGRAPH_PATH ?? "";
const secret = process.env.SUBGRAPH_SECRETS ?? "";
const urls = JSON.parse(process.env.FLOOR_SUBGRAPHS ?? "{}") as Record<string, string>;
const deduplicate = process.env.FLOOR_DEDUPLICATE === "true";

const planner = new Planner(readFileSync(supergraphPath, "utf8"));
// As the gateway's fetcher: keep-alive, at most 64 sockets per subgraph, no pipelining.
const agent = new Agent({ connections: 64, keepAliveTimeout: 30_000, pipelining: 1 });
let failures = 0;

type SubgraphBody = { query: string; operationName?: string | undefined; variables: Record<string, Json> };
type Data = Record<string, Json>;
/** Answers in flight by subgraph and body; each caller parses its own copy (answers are merged into). */
const inFlight = new Map<string, Promise<string>>();

const call = async (serviceName: string, body: SubgraphBody): Promise<Data> => {
  const text = JSON.stringify(body);
  if (!deduplicate) return parse(serviceName, await send(serviceName, text));
  const key = `${serviceName}\n${text}`;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = send(serviceName, text).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return parse(serviceName, await pending);
};

const send = async (serviceName: string, body: string): Promise<string> => {
  const url = urls[serviceName];
  if (!url) throw new Error(`no URL for subgraph ${serviceName}`);
  const response = await request(url, {
    method: "POST",
    dispatcher: agent,
    headers: { "content-type": "application/json", [SUBGRAPH_CREDENTIAL_HEADER]: secret },
    body,
  });
  const text = await response.body.text();
  if (response.statusCode !== 200)
    throw new Error(`${serviceName} answered ${response.statusCode}: ${text.slice(0, 300)}`);
  return text;
};

const parse = (serviceName: string, text: string): Data => {
  const parsed = JSON.parse(text) as { data?: Data | null; errors?: unknown[] };
  if (parsed.errors?.length || !parsed.data)
    throw new Error(`${serviceName} answered: ${text.slice(0, 300)}`);
  return parsed.data;
};

const server = createServer((req, res) => {
  if (req.method === "GET" && req.url === "/ready") {
    res.writeHead(200, { "content-type": "application/json" }).end('{"ready":true}');
    return;
  }
  if (req.method === "GET" && req.url === "/failures") {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ failures }));
    return;
  }
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", async () => {
    try {
      const { query, variables, operationName } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        query: string;
        variables?: Record<string, Json>;
        operationName?: string;
      };
      const data = await executePlan(planner.plan(query, operationName), variables ?? {}, call);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data }));
    } catch (error) {
      failures++;
      res
        .writeHead(502, { "content-type": "application/json" })
        .end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
});
server.keepAliveTimeout = 30_000;
server.listen(port, "127.0.0.1");

const stop = () => {
  server.close();
  server.closeAllConnections();
  void agent.close().finally(() => process.exit(0));
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
