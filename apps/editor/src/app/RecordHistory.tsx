import type { Role } from "@jamlik/domain/enums";
import { fieldLabel, formatTimestamp, ROLE } from "@jamlik/ui";
import type { RecordHistoryQuery } from "./graphql/generated/graphql.ts";

const OPERATION: Record<string, string> = {
  CREATE: "skapad",
  UPDATE: "ändrad",
  PUBLISH: "publicerad",
  RETRACT: "tillbakadragen",
  DELETE: "utkast borttaget",
  LINK: "kopplad",
  UNLINK: "koppling borttagen",
};

/** A change as the history shows it: the role is one of the roles, before and after are records' columns. */
export type Change = Omit<RecordHistoryQuery["history"][number], "role" | "before" | "after"> & {
  role: Role;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** A record's changes, newest first: who, in which role, what, and each changed field before and after. */
export function RecordHistory({ changes }: { changes: Change[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">När</th>
          <th scope="col">Vem (roll)</th>
          <th scope="col">Vad</th>
          <th scope="col">Före → efter</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.id}>
            <td>{formatTimestamp(c.at)}</td>
            <td>
              {c.actor} ({ROLE[c.role] ?? c.role})
            </td>
            <td>{OPERATION[c.operation] ?? c.operation}</td>
            <td class="andring">
              {Object.keys({ ...c.before, ...c.after })
                .filter(
                  (k) =>
                    JSON.stringify(c.before?.[k]) !== JSON.stringify(c.after?.[k]) &&
                    !["version", "updatedAt"].includes(k),
                )
                .map((k) => (
                  <div key={k}>
                    {fieldLabel(k)}: <del>{JSON.stringify(c.before?.[k] ?? null)}</del> →{" "}
                    <ins>{JSON.stringify(c.after?.[k] ?? null)}</ins>
                  </div>
                ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
