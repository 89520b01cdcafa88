import type { Entity } from "@jamlik/domain/enums";

/** One input field of an admin mutation, as the form renders it (generated: generated/forms.ts). */
export interface FormField {
  name: string;
  description: string | null;
  required: boolean;
  kind: "text" | "int" | "float" | "boolean" | "enum" | "textList" | "object";
  /** The GraphQL enum type of an `enum` field, and its values. */
  enumName?: string;
  values?: string[];
  fields?: FormField[];
}

/** A mutation of the admin API and its input argument's type and fields. */
export interface FormOperation {
  mutation: string;
  inputType: string;
  fields: FormField[];
}

/** The create (`input:`) and update (`patch:`) mutations of one entity of the admin API. */
export interface EntityForm {
  entity: Entity;
  create: FormOperation | null;
  update: FormOperation | null;
}
