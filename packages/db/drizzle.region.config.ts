import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/region/schema.ts",
  out: "./migrations/region",
  casing: "snake_case",
});
