import type { Logger } from "@jamlik/service";

export interface GatewayContext {
  requestId?: string;
  log?: Logger;
  /** Who is asking, for the rate limit: the client's address. */
  client?: string;
}
