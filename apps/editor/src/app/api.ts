import { ROLES, type Role } from "@jamlik/domain/enums";
import type { RecordFieldsFragment, TypedDocumentString } from "./graphql/generated/graphql.ts";

/** The signed-in user and the token every change carries. */
export interface SessionInfo {
  signedIn: boolean;
  user?: { subject: string; name: string; region: string; role: Role };
  /** The region's name, from the registry. */
  regionName?: string;
  csrfToken?: string;
  expiresAt?: string;
}

/** A record as the editor reads it, with its working copy typed as the caller knows it to be. */
export type AdminRecord<T = Record<string, unknown>> = Omit<RecordFieldsFragment, "data" | "pending"> & {
  data: T;
  pending: Partial<T> | null;
  /** What readers see now; null for a draft never published (only the drafts list asks). */
  published?: T | null;
};

/** The records of an answer, their JSON working copies read as `T` (the admin API types them JSON). */
export const asRecords = <T = Record<string, unknown>>(records: readonly RecordFieldsFragment[]) =>
  records as AdminRecord<T>[];

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

/** The persisted document's hash, as the editor's manifest names it. */
const hashOf = (document: { __meta__?: Record<string, unknown> | undefined }) =>
  String(document.__meta__?.hash ?? "").replace(/^sha256:/, "");

/**
 * One of the editor's operations (graphql/*.graphql) on the signed-in user's region's admin API,
 * sent by its persisted hash: the editor's server forwards only its own documents.
 */
export async function admin<T, V>(
  session: SessionInfo,
  document: TypedDocumentString<T, V>,
  variables: V,
): Promise<T> {
  const response = await fetch("/api/admin", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken ?? "" },
    body: JSON.stringify({
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(document) } },
    }),
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
