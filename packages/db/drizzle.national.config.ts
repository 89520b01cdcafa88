import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/national/schema.ts",
  out: "./migrations/national",
  casing: "snake_case",
});
