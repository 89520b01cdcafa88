import { getRegion } from "@jamlik/registry";
import { CliError, EXIT } from "./errors.ts";
import type { TypedDocumentString } from "./generated/graphql.ts";

export const ADMIN_PATH = "/admin/graphql";

/** The admin endpoint of a region in the local stack. */
export function defaultAdminUrl(regionCode: string): string {
  return `http://127.0.0.1:${getRegion(regionCode).port}${ADMIN_PATH}`;
}

export interface GraphQLErrorEntry {
  message: string;
  code?: string;
}

/** The server could not be reached, or it answered with GraphQL errors or something that is not GraphQL. */
export class AdminRequestError extends CliError {
  readonly errors: readonly GraphQLErrorEntry[];
  constructor(message: string, errors: readonly GraphQLErrorEntry[] = []) {
    super(message, EXIT.server);
    this.errors = errors;
    this.name = "AdminRequestError";
  }
}

export interface AdminRequest<TResult, TVariables> {
  url: string;
  token: string;
  /** A document of ./operations.ts, typed by `npm run codegen`. */
  document: TypedDocumentString<TResult, TVariables>;
  variables: TVariables;
  fetch?: typeof fetch;
}

function describeErrors(url: string, errors: readonly GraphQLErrorEntry[]): string {
  const lines = errors.map((error) => `  ${error.message}${error.code ? ` (${error.code})` : ""}`);
  return `${url} answered with ${errors.length === 1 ? "an error" : `${errors.length} errors`}:\n${lines.join("\n")}`;
}

function readErrors(value: unknown): GraphQLErrorEntry[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry: unknown) => {
    const error = (entry ?? {}) as { message?: unknown; extensions?: { code?: unknown } };
    const message = typeof error.message === "string" ? error.message : JSON.stringify(entry);
    const code = typeof error.extensions?.code === "string" ? error.extensions.code : undefined;
    return code ? { message, code } : { message };
  });
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/**
 * POSTs one GraphQL operation to an admin endpoint with a bearer token; returns `data`, whose shape
 * the caller still checks (it comes from another program).
 */
export async function adminRequest<TResult, TVariables>(
  request: AdminRequest<TResult, TVariables>,
): Promise<unknown> {
  const doFetch = request.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await doFetch(request.url, {
      method: "POST",
      headers: {
        authorization: `Bearer ${request.token}`,
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
      },
      body: JSON.stringify({ query: request.document.toString(), variables: request.variables }),
    });
  } catch (error) {
    throw new AdminRequestError(
      `could not reach ${request.url} (${causeOf(error)}); is the stack running (\`npm start\`)?`,
    );
  }

  const text = await response.text();
  let body: { data?: unknown; errors?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    const excerpt = text.trim().slice(0, 200);
    throw new AdminRequestError(
      `${request.url} answered HTTP ${response.status} ${response.statusText}, not GraphQL` +
        (excerpt ? `: ${excerpt}` : ""),
    );
  }
  const errors = readErrors(body?.errors);
  if (errors.length > 0) throw new AdminRequestError(describeErrors(request.url, errors), errors);
  if (!response.ok || body?.data === undefined || body.data === null) {
    throw new AdminRequestError(`${request.url} answered HTTP ${response.status} without data`);
  }
  return body.data;
}
