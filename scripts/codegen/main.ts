/**
 * `npm run codegen` writes the generated code; `npm run codegen -- --check` (run by `npm test`) fails
 * when a committed file is not what the schemas and documents generate.
 */
import { execFileSync } from "node:child_process";
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
const MAX_PASSES = 4;
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
const files = outputs.length + 2;
console.log(
  check ? `codegen: ${files} files up to date` : `codegen: ${stale.length} of ${files} files written`,
);

// What one pass writes can feed the next (the enum arrays feed the zod inputs, which give the admin
// SDL the editor's documents are typed by), and this process has its modules loaded: while a pass
// writes something, another runs in a fresh process, so one `npm run codegen` leaves nothing stale.
const passArg = process.argv.find((arg) => arg.startsWith("--pass="));
const pass = passArg ? Number(passArg.slice("--pass=".length)) : 1;
if (!check && stale.length > 0) {
  if (pass >= MAX_PASSES) {
    console.error(`codegen: still writing after ${MAX_PASSES} passes: ${stale.join(", ")}`);
    process.exit(1);
  }
  const args = process.argv.slice(1).filter((arg) => !arg.startsWith("--pass="));
  execFileSync(process.execPath, [...process.execArgv, ...args, `--pass=${pass + 1}`], { stdio: "inherit" });
}
