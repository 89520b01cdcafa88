export * from "./format.ts";
export * from "./load.ts";
export * from "./demo.ts";
