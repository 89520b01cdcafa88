/**
 * Edits of a subgraph's SDL, used to rehearse a schema change before making it: the governance
 * tests apply them to the shared SDL (as `regionTypeDefs`/`nationalTypeDefs` generate it) to
 * compose a federation in which some regions are on another release than the others.
 */
import {
  type DocumentNode,
  type FieldDefinitionNode,
  type InterfaceTypeDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  parse,
  parseType,
  visit,
} from "graphql";

type FieldOwner = ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode;

/**
 * The types an edit of `typeName` applies to: the type itself and, when it is an interface, every
 * object type in the document that implements it (a region's own type repeats `Region`'s fields).
 */
function appliesTo(node: FieldOwner, typeName: string): boolean {
  return (
    node.name.value === typeName ||
    (node.kind === Kind.OBJECT_TYPE_DEFINITION &&
      (node.interfaces ?? []).some((implemented) => implemented.name.value === typeName) &&
      // national's stubs only carry the key and the name; they never repeat a region's fields
      !(node.directives ?? []).some((directive) =>
        (directive.arguments ?? []).some(
          (argument) =>
            argument.name.value === "resolvable" &&
            argument.value.kind === Kind.BOOLEAN &&
            !argument.value.value,
        ),
      ))
  );
}

function editFields(
  document: DocumentNode,
  typeName: string,
  edit: (fields: readonly FieldDefinitionNode[], node: FieldOwner) => readonly FieldDefinitionNode[],
): DocumentNode {
  const apply = (node: FieldOwner) =>
    appliesTo(node, typeName) ? { ...node, fields: edit(node.fields ?? [], node) } : undefined;
  return visit(document, {
    ObjectTypeDefinition: apply,
    InterfaceTypeDefinition: apply,
  });
}

function fieldNode(sdl: string): FieldDefinitionNode {
  const parsed = parse(`type Edit { ${sdl} }`, { noLocation: true });
  const [definition] = parsed.definitions;
  const field = definition?.kind === Kind.OBJECT_TYPE_DEFINITION ? definition.fields?.[0] : undefined;
  if (!field) throw new Error(`not a field definition: ${sdl}`);
  return field;
}

/** Adds a field (`"name: Type @directive"`) to a type, or to an interface and its implementations. */
export function addField(document: DocumentNode, typeName: string, fieldSdl: string): DocumentNode {
  const field = fieldNode(fieldSdl);
  return editFields(document, typeName, (fields) => [...fields, field]);
}

/** Removes a field from a type, or from an interface and its implementations. */
export function removeField(document: DocumentNode, typeName: string, fieldName: string): DocumentNode {
  return editFields(document, typeName, (fields) => fields.filter((field) => field.name.value !== fieldName));
}

/** Changes a field's type (`"Int"`, `"[String!]!"`) on a type, or on an interface and its implementations. */
export function changeFieldType(
  document: DocumentNode,
  typeName: string,
  fieldName: string,
  typeSdl: string,
): DocumentNode {
  const type = parseType(typeSdl, { noLocation: true });
  return editFields(document, typeName, (fields) =>
    fields.map((field) => (field.name.value === fieldName ? { ...field, type } : field)),
  );
}

/** Adds a directive (`"@inaccessible"`) to a field of a type, or of an interface and its implementations. */
export function addFieldDirective(
  document: DocumentNode,
  typeName: string,
  fieldName: string,
  directiveSdl: string,
): DocumentNode {
  const directives = fieldNode(`edit: Int ${directiveSdl}`).directives ?? [];
  return editFields(document, typeName, (fields) =>
    fields.map((field) =>
      field.name.value === fieldName
        ? { ...field, directives: [...(field.directives ?? []), ...directives] }
        : field,
    ),
  );
}

/** Adds a value to an enum. */
export function addEnumValue(document: DocumentNode, enumName: string, value: string): DocumentNode {
  return visit(document, {
    EnumTypeDefinition: (node) =>
      node.name.value === enumName
        ? {
            ...node,
            values: [
              ...(node.values ?? []),
              { kind: Kind.ENUM_VALUE_DEFINITION, name: { kind: Kind.NAME, value } },
            ],
          }
        : undefined,
  });
}

/** Removes a value from an enum. */
export function removeEnumValue(document: DocumentNode, enumName: string, value: string): DocumentNode {
  return visit(document, {
    EnumTypeDefinition: (node) =>
      node.name.value === enumName
        ? { ...node, values: (node.values ?? []).filter((definition) => definition.name.value !== value) }
        : undefined,
  });
}

/**
 * Adds names to the federation `@link` import of the document (for example `"@inaccessible"`), as a
 * release that starts using another federation directive must.
 */
export function importFederationDirectives(document: DocumentNode, ...names: string[]): DocumentNode {
  return visit(document, {
    Directive: (node) => {
      if (node.name.value !== "link") return undefined;
      return {
        ...node,
        arguments: (node.arguments ?? []).map((argument) =>
          argument.name.value === "import" && argument.value.kind === Kind.LIST
            ? {
                ...argument,
                value: {
                  ...argument.value,
                  values: [
                    ...argument.value.values,
                    ...names
                      .filter(
                        (name) =>
                          argument.value.kind === Kind.LIST &&
                          !argument.value.values.some(
                            (existing) => existing.kind === Kind.STRING && existing.value === name,
                          ),
                      )
                      .map((name) => ({ kind: Kind.STRING, value: name }) as const),
                  ],
                },
              }
            : argument,
        ),
      };
    },
  });
}
