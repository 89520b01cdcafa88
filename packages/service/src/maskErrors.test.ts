import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { maskErrors } from "./maskErrors.ts";

describe("maskErrors", () => {
  const internal = {
    message: 'relation "care_units" does not exist at 127.0.0.1:5432',
    path: ["regions", 0, "careUnits"],
    extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at pg"], serviceName: "region_se_bd" },
  };
  const sql = {
    message: "Failed query: select … params: SE-BD",
    extensions: { stacktrace: ["at pg"] },
  };

  it("hides internal messages and details in production, keeping the path", () => {
    expect(maskErrors({ production: true })(internal)).toEqual({
      message: "Internal server error",
      path: ["regions", 0, "careUnits"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  it("hides internal messages and SQL in development too, and logs what it hid", () => {
    const logged: unknown[] = [];
    const logger = { error: (...args: unknown[]) => logged.push(args) } as never;
    const cause = new Error("Failed query: select 1\nparams: \u0000");
    const masked = maskErrors({ production: false, logger })(
      sql,
      new GraphQLError(sql.message, { originalError: cause }),
    );
    expect(masked).toEqual({
      message: "Internal server error",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(JSON.stringify(masked)).not.toMatch(/Failed query|stacktrace/);
    expect(logged).toHaveLength(1);
    expect((logged[0] as [{ err: Error }])[0].err).toBe(cause);
  });

  it("keeps client-facing errors with their code and region, without a stack trace", () => {
    const down = {
      message: "Region Västmanland (SE-U) is unavailable",
      extensions: { code: "REGION_UNAVAILABLE", region: "SE-U", stacktrace: ["x"] },
    };
    expect(maskErrors({ production: true })(down)).toEqual({
      message: down.message,
      extensions: { code: "REGION_UNAVAILABLE", region: "SE-U" },
    });
    expect(maskErrors({ production: false })(down)).toEqual({
      message: down.message,
      extensions: { code: "REGION_UNAVAILABLE", region: "SE-U" },
    });
  });

  it("keeps every extension of a coded error in development, but never its stack trace", () => {
    const input = {
      message: "input.title: must not be empty",
      extensions: { code: "BAD_USER_INPUT", inputPath: ["input", "title"], stacktrace: ["x"] },
    };
    expect(maskErrors({ production: false })(input)).toEqual({
      message: input.message,
      extensions: { code: "BAD_USER_INPUT", inputPath: ["input", "title"] },
    });
  });

  it("masks a code not written for clients in production only", () => {
    const odd = { message: "internal detail", extensions: { code: "DOWNSTREAM_SERVICE_ERROR" } };
    expect(maskErrors({ production: true })(odd).message).toBe("Internal server error");
    expect(maskErrors({ production: false })(odd).message).toBe("internal detail");
  });
});
