import type { Db, RegionSchema } from "@jamlik/db";

export type RegionDb = Db<RegionSchema>;
