/**
 * `npm run codegen` writes the generated code; `npm run codegen -- --check` (run by `npm test`) fails
 * when a committed file is not what the schemas and documents generate.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { adminTypeDefs } from "@jamlik/schema";
import { buildASTSchema } from "graphql";
import * as adminForms from "./adminForms.ts";
import { entityDocuments } from "./adminForms.ts";
import { codegenConfig } from "./config.ts";
import * as enumArrays from "./enumArrays.ts";
import { regionShapesModule } from "./regionShapes.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const check = process.argv.includes("--check");
const stale: string[] = [];

/** Writes `content` to `filename` (under the root) unless it is there already; notes it as stale. */
function write(filename: string, content: string) {
  const path = resolve(root, filename);
  let current: string | undefined;
  try {
    current = readFileSync(path, "utf8");
  } catch {}
  if (current === content) return;
  stale.push(relative(root, path));
  if (!check) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

write("apps/dashboard/src/app/map/generated/regionShapes.ts", regionShapesModule());

// The editor's entity documents first: the client preset reads them with the editor's own.
write("apps/editor/src/app/graphql/entities.graphql", entityDocuments(buildASTSchema(adminTypeDefs())));

const outputs = (await generate(
  {
    ...codegenConfig(),
    cwd: root,
    pluginLoader: async (name: string) =>
      name === "enum-arrays" ? enumArrays : name === "admin-forms" ? adminForms : import(name),
  },
  false,
)) as { filename: string; content: string }[];

for (const { filename, content } of outputs) write(filename, content);

if (check && stale.length > 0) {
  console.error(`generated code is out of date (run \`npm run codegen\`):\n  ${stale.join("\n  ")}`);
  process.exit(1);
}
console.log(
  check
    ? `codegen: ${outputs.length + 1} files up to date`
    : `codegen: ${stale.length} of ${outputs.length + 1} files written`,
);
