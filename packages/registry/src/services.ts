/** The non-region services of the federation and their local ports. */
export const NATIONAL = { subgraphName: "national", port: 4001 } as const;
export const GATEWAY = {
  port: 4000,
  /**
   * Node's flags for the gateway wherever it runs (the launcher, its image). A young generation of
   * 64 MB instead of 16: answers in flight outlive a small one's scavenges and get promoted, and
   * collecting them costs. Measured against 16 MB, alternating over 4 rounds at 21 regions: 15–30 %
   * less CPU per answer.
   */
  nodeFlags: ["--max-semi-space-size=64"],
} as const;

/** The gateway's own subgraph (`regionStatus`), also served over HTTP by the gateway. */
export const STATUS = { subgraphName: "status", path: "/status/graphql" } as const;

export const graphqlPath = "/graphql";

export function localUrl(port: number, host = "127.0.0.1"): string {
  return `http://${host}:${port}${graphqlPath}`;
}

/** The comparison dashboard (apps/dashboard). */
export const DASHBOARD = { port: 3000 } as const;

/** The regions' editing web app (apps/editor) and, locally, its development identity provider. */
export const EDITOR = { port: 3001 } as const;
export const DEV_IDP = { port: 4010 } as const;
