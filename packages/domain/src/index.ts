export * from "./attainment.ts";
export * from "./coverage.ts";
export * from "./dates.ts";
export * from "./generated/enums.ts";
export * from "./overdue.ts";
export * from "./percent.ts";
export * from "./periods.ts";
export * from "./records.ts";
