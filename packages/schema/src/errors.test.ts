import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import {
  BadUserInputError,
  ConflictError,
  ERROR_CODES,
  ForbiddenError,
  NotFoundError,
  RegionUnavailableError,
  SubgraphUnavailableError,
  UnauthenticatedError,
} from "./errors.ts";

describe("error classes", () => {
  it("BadUserInputError carries BAD_USER_INPUT and the input path", () => {
    const error = new BadUserInputError("value out of range", ["input", "rows", 3, "value"]);
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe("value out of range");
    expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", inputPath: ["input", "rows", 3, "value"] });
  });

  it("BadUserInputError defaults to an empty path and adds the rule when given", () => {
    expect(new BadUserInputError("bad").extensions).toEqual({ code: "BAD_USER_INPUT", inputPath: [] });
    expect(new BadUserInputError("bad", ["asOf"], "date").extensions).toEqual({
      code: "BAD_USER_INPUT",
      inputPath: ["asOf"],
      rule: "date",
    });
  });

  it("UnauthenticatedError carries UNAUTHENTICATED with a default message", () => {
    const error = new UnauthenticatedError();
    expect(error.extensions.code).toBe("UNAUTHENTICATED");
    expect(error.message).toBe("A valid token is required");
    expect(new UnauthenticatedError("token expired").message).toBe("token expired");
  });

  it("ForbiddenError carries FORBIDDEN", () => {
    const error = new ForbiddenError();
    expect(error.extensions.code).toBe("FORBIDDEN");
    expect(error.message).toBe("Not allowed");
  });

  it("ConflictError carries CONFLICT and its extensions, which cannot override the code", () => {
    const error = new ConflictError("already exists", { hsaId: "SE-1", code: "OTHER" });
    expect(error.extensions).toEqual({ code: "CONFLICT", hsaId: "SE-1" });
  });

  it("NotFoundError carries NOT_FOUND", () => {
    const error = new NotFoundError("no such region");
    expect(error.extensions).toEqual({ code: "NOT_FOUND" });
    expect(error.message).toBe("no such region");
  });

  it("RegionUnavailableError carries REGION_UNAVAILABLE and the region code", () => {
    const error = new RegionUnavailableError("SE-BD");
    expect(error.extensions).toEqual({ code: "REGION_UNAVAILABLE", region: "SE-BD" });
    expect(error.message).toBe("Region SE-BD is unavailable");
    expect(new RegionUnavailableError("SE-U", "timed out").message).toBe("timed out");
  });

  it("SubgraphUnavailableError carries SUBGRAPH_UNAVAILABLE and the subgraph's name", () => {
    expect(new SubgraphUnavailableError("national").extensions).toEqual({
      code: "SUBGRAPH_UNAVAILABLE",
      subgraph: "national",
    });
  });

  it("serialises the code into the GraphQL response shape", () => {
    expect(new NotFoundError("gone").toJSON()).toEqual({
      message: "gone",
      extensions: { code: "NOT_FOUND" },
    });
  });

  it("uses only the documented codes", () => {
    expect(Object.values(ERROR_CODES).sort()).toEqual([
      "BAD_USER_INPUT",
      "CONFLICT",
      "FORBIDDEN",
      "NOT_FOUND",
      "REGION_UNAVAILABLE",
      "SUBGRAPH_UNAVAILABLE",
      "UNAUTHENTICATED",
    ]);
  });
});
