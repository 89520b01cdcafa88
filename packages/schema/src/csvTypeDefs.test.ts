import { FORMATS, optional } from "@jamlik/csv";
import {
  buildASTSchema,
  type GraphQLEnumType,
  type GraphQLInputObjectType,
  type GraphQLObjectType,
  parse,
} from "graphql";
import { describe, expect, it } from "vitest";
import { csvTypeDefs } from "./csvTypeDefs.ts";
import { adminTypeDefs } from "./typeDefs.ts";

const BASE = `type Query { _: Boolean } type Mutation { _: Boolean } type ImportReport { ok: Boolean }`;
const schemaOf = (sdl: string) => buildASTSchema(parse(`${BASE}\n${sdl}`));

describe("csvTypeDefs: the admin API's CSV surface from the format descriptions", () => {
  it("gives every format a row input, an export type and its operations, with the columns' descriptions", () => {
    const schema = schemaOf(csvTypeDefs());
    for (const format of Object.values(FORMATS)) {
      const row = schema.getType(`${format.singular}Row`) as GraphQLInputObjectType;
      const exported = schema.getType(`${format.singular}Export`) as GraphQLObjectType;
      expect(Object.keys(row.getFields())).toEqual(format.columns.map((c) => c.name));
      expect(Object.keys(exported.getFields())).toEqual(format.columns.map((c) => c.name));
      for (const column of format.columns) {
        expect(row.getFields()[column.name]?.description).toBe(column.description);
        expect(String(exported.getFields()[column.name]?.type)).toBe(column.nullable ? "String" : "String!");
      }
      expect(schema.getMutationType()?.getFields()[`import${format.plural}`]).toBeDefined();
      expect(schema.getQueryType()?.getFields()[`export${format.plural}`]).toBeDefined();
    }
    const formats = schema.getType("CsvFormat") as GraphQLEnumType;
    expect(formats.getValues().map((v) => v.name)).toEqual(["CARE_UNITS", "OFFERINGS", "MEASUREMENTS"]);
  });

  it("adding a column to a format's description adds it to the admin API, nothing else to edit", () => {
    const wider = {
      ...FORMATS.measurements,
      columns: [...FORMATS.measurements.columns, optional("comment", "A controller's remark.")],
    };
    const schema = schemaOf(csvTypeDefs([FORMATS["care-units"], FORMATS.offerings, wider]));
    const row = schema.getType("MeasurementRow") as GraphQLInputObjectType;
    const exported = schema.getType("MeasurementExport") as GraphQLObjectType;
    expect(row.getFields().comment?.description).toBe("A controller's remark.");
    expect(String(exported.getFields().comment?.type)).toBe("String");
    expect((schema.getType("CareUnitRow") as GraphQLInputObjectType).getFields().comment).toBeUndefined();
  });

  it("is what the admin schema serves", () => {
    const admin = buildASTSchema(adminTypeDefs());
    expect(admin.getMutationType()?.getFields().importCsv).toBeDefined();
    expect(admin.getQueryType()?.getFields().exportCsv).toBeDefined();
    expect(admin.getType("MeasurementRow")).toBeDefined();
  });
});
