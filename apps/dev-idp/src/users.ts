import { ROLES } from "@jamlik/domain";
import { REGIONS, type RegionEntry } from "@jamlik/registry";

type DevRole = (typeof ROLES)[number];

const ROLE_TITLES: Record<DevRole, string> = {
  viewer: "Läsare",
  editor: "Redaktör",
  publisher: "Publicerare",
  admin: "Administratör",
};

export interface DevUser {
  /** The login name and the token's `sub`: `se-bd-editor`. */
  id: string;
  name: string;
  region: string;
  role: DevRole;
}

/** The development password of every user: a local IdP for trying the app, never for real people. */
export const DEV_PASSWORD = "jamlik";

/** One user per region and role. */
export function devUsers(regions: readonly RegionEntry[] = REGIONS): DevUser[] {
  return regions.flatMap((region) =>
    ROLES.map((role) => ({
      id: `${region.code.toLowerCase()}-${role}`,
      name: `${ROLE_TITLES[role]}, ${region.name}`,
      region: region.code,
      role,
    })),
  );
}
