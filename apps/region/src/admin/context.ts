import type { RegionEntry } from "@jamlik/registry";
import { type AdminInputs, ForbiddenError, type Role, UnauthenticatedError } from "@jamlik/schema";
import { type RequestInfo, RequestRejected } from "@jamlik/service";
import type { RegionDb } from "../db.ts";
import { authorize, type Principal, type TokenVerifier } from "./auth.ts";
import { translateDbErrors } from "./dbErrors.ts";
import type { Entity } from "./entities.ts";
import type { Actor } from "./history.ts";
import type { EntitySpec } from "./specs.ts";

export interface AdminContext {
  afterWrite?: (() => void) | undefined;
  db: RegionDb;
  region: RegionEntry;
  principal: Principal;
  requestId: string;
  inputs: AdminInputs;
  specs: Record<Entity, EntitySpec>;
}

export interface AdminDeps {
  /** Called after every committed write (the federated side re-reads the publication version). */
  afterWrite?: () => void;
  db: RegionDb;
  region: RegionEntry;
  verify: TokenVerifier;
  inputs: AdminInputs;
  specs: Record<Entity, EntitySpec>;
}

/**
 * Every admin request, introspection included, needs a valid token for this region. Checked on
 * the headers alone, before the body is read: 401 without a valid token, 403 for another region.
 */
export async function authenticateAdmin(deps: AdminDeps, info: RequestInfo): Promise<Principal> {
  try {
    const principal = await deps.verify(info.req.headers.authorization);
    authorize(principal, deps.region.code, "viewer");
    return principal;
  } catch (error) {
    if (error instanceof UnauthenticatedError)
      throw new RequestRejected(401, "UNAUTHENTICATED", error.message);
    if (error instanceof ForbiddenError) throw new RequestRejected(403, "FORBIDDEN", error.message);
    throw error;
  }
}

export function createAdminContext(deps: AdminDeps, info: RequestInfo, principal: Principal): AdminContext {
  return { ...deps, principal, requestId: info.requestId };
}

/** Runs a write in one transaction as the caller, once the caller's role allows it. */
export async function write<T>(
  context: AdminContext,
  role: Role,
  run: (db: RegionDb, actor: Actor) => Promise<T>,
): Promise<T> {
  authorize(context.principal, context.region.code, role);
  const actor: Actor = { ...context.principal, requestId: context.requestId };
  const result = await translateDbErrors(() =>
    context.db.transaction((tx) => run(tx as unknown as RegionDb, actor)),
  );
  context.afterWrite?.();
  return result;
}

export function read(context: AdminContext): RegionDb {
  authorize(context.principal, context.region.code, "viewer");
  return context.db;
}
