import { type Entity, ROLES, type Role } from "@jamlik/domain/enums";

/** The signed-in user and the token every change carries. */
export interface SessionInfo {
  signedIn: boolean;
  user?: { subject: string; name: string; region: string; role: Role };
  /** The region's name, from the registry. */
  regionName?: string;
  csrfToken?: string;
  expiresAt?: string;
}

export interface AdminRecord<T = Record<string, unknown>> {
  entity: Entity;
  id: number;
  version: number;
  publication: "DRAFT" | "PUBLISHED" | "RETRACTED";
  hasPendingChanges: boolean;
  data: T;
  pending: Partial<T> | null;
  /** What readers see now; null for a draft never published. */
  published?: T | null;
}

export interface GraphQLError {
  message: string;
  extensions?: { code?: string; inputPath?: (string | number)[] };
}

export class ApiError extends Error {
  readonly errors: GraphQLError[];
  constructor(message: string, errors: GraphQLError[]) {
    super(message);
    this.errors = errors;
  }
}

/** Whether the user's role reaches `role` (the API refuses anyway; the app does not offer it). */
export const may = (session: SessionInfo, role: Role) =>
  session.user !== undefined && ROLES.indexOf(session.user.role) >= ROLES.indexOf(role);

export async function loadSession(): Promise<SessionInfo> {
  const response = await fetch("/api/session", { credentials: "same-origin" });
  return (await response.json()) as SessionInfo;
}

/** One admin API operation for the signed-in user's region. */
export async function admin<T>(
  session: SessionInfo,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch("/api/admin", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken ?? "" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: GraphQLError[] };
  if (body.errors?.length || !body.data) {
    const errors = body.errors ?? [{ message: `Servern svarade ${response.status}` }];
    throw new ApiError(errors.map((e) => e.message).join("; "), errors);
  }
  return body.data;
}

export interface Service {
  code: string;
  name: string;
  kind: string;
}

export async function loadCatalog(): Promise<Service[]> {
  const response = await fetch("/api/catalog", { credentials: "same-origin" });
  const body = (await response.json()) as { data?: { services: Service[] } };
  return body.data?.services ?? [];
}

/** A fresh key for one submit: a double click or a retried request writes once. */
export const idempotencyKey = () => crypto.randomUUID();
