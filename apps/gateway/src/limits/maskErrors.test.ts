import { describe, expect, it } from "vitest";
import { maskErrors } from "./maskErrors.ts";

describe("maskErrors", () => {
  const internal = {
    message: 'relation "care_units" does not exist at 127.0.0.1:5432',
    path: ["regions", 0, "careUnits"],
    extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at pg"], serviceName: "region_se_bd" },
  };

  it("hides internal messages and details in production, keeping the path", () => {
    expect(maskErrors(true)(internal)).toEqual({
      message: "Internal server error",
      path: ["regions", 0, "careUnits"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  it("keeps client-facing errors with their code and region", () => {
    const down = {
      message: "Region Västmanland (SE-U) is unavailable",
      extensions: { code: "REGION_UNAVAILABLE", region: "SE-U", stacktrace: ["x"] },
    };
    expect(maskErrors(true)(down)).toEqual({
      message: down.message,
      extensions: { code: "REGION_UNAVAILABLE", region: "SE-U" },
    });
  });

  it("changes nothing in development", () => {
    expect(maskErrors(false)(internal)).toBe(internal);
  });
});
