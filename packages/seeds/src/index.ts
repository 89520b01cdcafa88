export * from "./demo.ts";
export * from "./format.ts";
export * from "./load.ts";
export * from "./synthetic.ts";
