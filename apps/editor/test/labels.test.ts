import { FIELD_LABEL } from "@jamlik/ui/labels";
import { describe, expect, it } from "vitest";
import { ENTITY_FORMS } from "../src/app/generated/forms.ts";

describe("the editor's forms in Swedish", () => {
  it("labels every field of every generated form (a field added to an entity needs its label)", () => {
    const fields = ENTITY_FORMS.flatMap((form) =>
      [form.create, form.update].flatMap((operation) =>
        (operation?.fields ?? []).flatMap((field) => [field, ...(field.fields ?? [])]),
      ),
    );
    const unlabelled = [...new Set(fields.map((field) => field.name))].filter((name) => !FIELD_LABEL[name]);
    expect(unlabelled).toEqual([]);
  });
});
