import type { Logger } from "@jamlik/service";

export interface GatewayContext {
  requestId?: string;
  log?: Logger;
}
