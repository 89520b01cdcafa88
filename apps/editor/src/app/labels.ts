import type { Entity } from "@jamlik/domain/enums";
import { enumValueLabel } from "@jamlik/ui";
import { ENTITY_FORMS } from "./generated/forms.ts";

/**
 * The GraphQL enum of each entity's enum fields, for their values' Swedish words: by entity, since
 * one field name (`status`) is a different enum on an activity and on a decision.
 */
const ENUM_FIELDS = new Map(
  ENTITY_FORMS.flatMap((form) =>
    [...(form.create?.fields ?? []), ...(form.update?.fields ?? [])].flatMap((f) =>
      f.enumName ? [[`${form.entity}.${f.name}`, f.enumName] as const] : [],
    ),
  ),
);

/** A field's value in Swedish where it is an enum value ("Pågår (IN_PROGRESS)"), else as it is. */
export const fieldValue = (entity: Entity, field: string, value: string) => {
  const enumName = ENUM_FIELDS.get(`${entity}.${field}`);
  return enumName ? enumValueLabel(enumName, value) : value;
};

/** A record's name in a list: its name, title or the fields that identify it. */
export function recordTitle(data: Record<string, unknown>): string {
  for (const key of ["name", "title", "heading", "text"]) {
    const value = data[key];
    if (typeof value === "string" && value) return value.length > 90 ? `${value.slice(0, 88)} …` : value;
  }
  const parts = [data.metricCode, data.period, data.serviceCode, data.validFrom].filter(
    (v) => typeof v === "string",
  );
  return parts.length ? parts.join(" · ") : "–";
}
