import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Logger } from "pino";

/** The header the gateway sends every subgraph request with. */
export const SUBGRAPH_CREDENTIAL_HEADER = "x-jamlik-subgraph-credential";

/**
 * Checks the gateway's credential on a federated request. Several secrets are accepted at once so
 * that a secret can be rotated: add the new one to every subgraph, switch the gateway, remove the old.
 */
export function subgraphCredentialCheck(secrets: readonly string[]): (req: IncomingMessage) => boolean {
  const accepted = secrets.map((secret) => Buffer.from(secret));
  return (req) => {
    const header = req.headers[SUBGRAPH_CREDENTIAL_HEADER];
    if (typeof header !== "string" || header === "") return false;
    const given = Buffer.from(header);
    return accepted.some((secret) => secret.length === given.length && timingSafeEqual(secret, given));
  };
}

/** The guard of a subgraph's federated endpoint; open, with a warning, only when no secret is configured. */
export function subgraphGuard(secrets: readonly string[] | undefined, logger: Logger) {
  if (secrets) return subgraphCredentialCheck(secrets);
  logger.warn("SUBGRAPH_SECRETS is not set: the federated endpoint answers anyone (development only)");
  return undefined;
}
