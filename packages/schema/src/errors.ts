import { GraphQLError, type GraphQLErrorOptions } from "graphql";

/** Every expected failure carries one of these codes in `extensions.code`. */
export const ERROR_CODES = {
  badUserInput: "BAD_USER_INPUT",
  unauthenticated: "UNAUTHENTICATED",
  forbidden: "FORBIDDEN",
  conflict: "CONFLICT",
  notFound: "NOT_FOUND",
  regionUnavailable: "REGION_UNAVAILABLE",
  subgraphUnavailable: "SUBGRAPH_UNAVAILABLE",
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

type Extensions = Record<string, unknown>;

abstract class CodedError extends GraphQLError {
  constructor(
    message: string,
    code: ErrorCode,
    extensions: Extensions = {},
    options: GraphQLErrorOptions = {},
  ) {
    super(message, { ...options, extensions: { ...options.extensions, ...extensions, code } });
  }
}

export interface InputIssue {
  path: readonly (string | number)[];
  message: string;
  rule?: string;
}

export class BadUserInputError extends CodedError {
  /**
   * `path` names the input field, for example ["input", "rows", 3, "value"]; `issues` lists every
   * problem when there are several (the message names the first).
   */
  constructor(
    message: string,
    path: readonly (string | number)[] = [],
    rule?: string,
    issues?: InputIssue[],
  ) {
    super(message, ERROR_CODES.badUserInput, {
      inputPath: path,
      ...(rule ? { rule } : {}),
      ...(issues ? { issues } : {}),
    });
  }
}

export class UnauthenticatedError extends CodedError {
  constructor(message = "A valid token is required") {
    super(message, ERROR_CODES.unauthenticated);
  }
}

export class ForbiddenError extends CodedError {
  constructor(message = "Not allowed") {
    super(message, ERROR_CODES.forbidden);
  }
}

export class ConflictError extends CodedError {
  constructor(message: string, extensions: Extensions = {}) {
    super(message, ERROR_CODES.conflict, extensions);
  }
}

export class NotFoundError extends CodedError {
  constructor(message: string) {
    super(message, ERROR_CODES.notFound);
  }
}

export class RegionUnavailableError extends CodedError {
  constructor(regionCode: string, message = `Region ${regionCode} is unavailable`) {
    super(message, ERROR_CODES.regionUnavailable, { region: regionCode });
  }
}

/** A non-regional subgraph (national) cannot be reached. */
export class SubgraphUnavailableError extends CodedError {
  constructor(subgraph: string) {
    super(`The ${subgraph} subgraph is unavailable`, ERROR_CODES.subgraphUnavailable, { subgraph });
  }
}
