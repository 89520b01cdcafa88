/**
 * `npm run check-schema [-- --base <git ref>]`: composes the supergraph from the registry and the
 * subgraph schemas and compares its public schema with the committed supergraph. Fails (exit 1)
 * on composition errors and on breaking changes not acknowledged in schema-changes.json; prints
 * dangerous changes and stale acknowledgements. Never writes the supergraph (`npm run compose` does).
 *
 * The baseline is apps/gateway/supergraph.graphql as committed at `--base` (default HEAD), so a
 * breaking change is still caught after `npm run compose` has rewritten the working copy; CI on a
 * branch passes `--base origin/main`. Without git (or when the ref lacks the file), the working
 * copy of supergraph.graphql is the baseline.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { REGIONS } from "@jamlik/registry";
import { AcknowledgementsError, readAcknowledgements } from "../src/governance/acknowledgements.ts";
import { checkSchema, formatCheck } from "../src/governance/check.ts";

// @apollo/gateway sends no usage data from this script either.
process.env.APOLLO_TELEMETRY_DISABLED ??= "1";

const gatewayDir = fileURLToPath(new URL("..", import.meta.url));
const workingCopy = fileURLToPath(new URL("../supergraph.graphql", import.meta.url));

const { values } = parseArgs({ options: { base: { type: "string" } } });
const ref = values.base ?? "HEAD";

function baseline(): { sdl: string; label: string } {
  try {
    const sdl = execFileSync("git", ["show", `${ref}:./supergraph.graphql`], {
      cwd: gatewayDir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { sdl, label: `apps/gateway/supergraph.graphql at ${ref}` };
  } catch (error) {
    const why = (error as { stderr?: string }).stderr?.trim().split("\n")[0] ?? (error as Error).message;
    if (values.base !== undefined) {
      console.error(`✘ no supergraph.graphql at ${ref}: ${why}`);
      process.exit(1);
    }
    console.warn(`warning: no supergraph.graphql at ${ref} (${why}); comparing with the working copy`);
    return {
      sdl: readFileSync(workingCopy, "utf8"),
      label: "the working copy of apps/gateway/supergraph.graphql",
    };
  }
}

let acknowledgements: ReturnType<typeof readAcknowledgements>;
try {
  acknowledgements = readAcknowledgements();
} catch (error) {
  if (!(error instanceof AcknowledgementsError)) throw error;
  console.error(`✘ ${error.message}`);
  process.exit(1);
}

const { sdl, label } = baseline();
const check = await checkSchema({ regions: REGIONS, baselineSdl: sdl, acknowledgements });
console.log(formatCheck(check, label));
if (check.composed && check.supergraphSdl !== readFileSync(workingCopy, "utf8"))
  console.log("note: apps/gateway/supergraph.graphql is not the current composition; run `npm run compose`");
process.exit(check.ok ? 0 : 1);
