export * as chartScale from "../src/app/components/chartScale.ts";
