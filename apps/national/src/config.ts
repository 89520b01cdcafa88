import { fileURLToPath } from "node:url";
import { NATIONAL, registryEnvSchema, selectRegistry } from "@jamlik/registry";
import { parseEnv, portSchema } from "@jamlik/service";
import { requireSubgraphSecrets, subgraphEnvSchema, subgraphSettings } from "@jamlik/service/subgraph";

const defaultDataDir = fileURLToPath(new URL("../../../.data/national", import.meta.url));

const envSchema = subgraphEnvSchema.extend(registryEnvSchema.shape).extend({
  PORT: portSchema.default(NATIONAL.port),
});

export function parseConfig(env: Record<string, string | undefined>) {
  const parsed = parseEnv(envSchema.refine(...requireSubgraphSecrets), env);
  return {
    ...subgraphSettings(parsed),
    regions: selectRegistry(parsed),
    port: parsed.PORT,
    dataDir: parsed.DATA_DIR ?? defaultDataDir,
  };
}
