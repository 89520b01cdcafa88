import { BadUserInputError, type InputIssue } from "@jamlik/schema";
import type { z } from "zod";

/** Parses `value` with `schema` or throws BAD_USER_INPUT naming each field and rule. */
export function validate<T extends z.ZodType>(
  schema: T,
  value: unknown,
  path: (string | number)[],
): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues: InputIssue[] = result.error.issues.map((issue) => ({
    path: [...path, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))],
    message: issue.message,
    rule: issue.code,
  }));
  const first = issues[0] ?? { path, message: "invalid input", rule: "custom" };
  throw new BadUserInputError(`${first.path.join(".")}: ${first.message}`, first.path, first.rule, issues);
}
