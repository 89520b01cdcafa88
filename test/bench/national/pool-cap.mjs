/**
 * Preloaded into the national and regional processes (NODE_OPTIONS=--import …) by the benchmark:
 * caps every pg pool at BENCH_DB_POOL_MAX connections. The services open pools of 10 and have no
 * setting for it; 22 of them on one PostgreSQL (max_connections 100) run out of connections under
 * load ("sorry, too many clients already"). In production each region has its own database.
 */
import { createRequire } from "node:module";

const cap = Number(process.env.BENCH_DB_POOL_MAX);
if (Number.isInteger(cap) && cap > 0) {
  // The pg the services use (packages/db), so the patched Pool is theirs.
  const require = createRequire(new URL("../../../packages/db/package.json", import.meta.url));
  const pg = require("pg");
  const Pool = pg.Pool;
  pg.Pool = class CappedPool extends Pool {
    constructor(options = {}) {
      super({ ...options, max: Math.min(options.max ?? 10, cap) });
    }
  };
}
