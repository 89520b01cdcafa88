/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ServiceKind =
  /** A 1177 e-tjänst a care unit offers (or not). */
  | 'E_SERVICE'
  /** A telephone service. */
  | 'PHONE'
  /** A web service. */
  | 'WEB'
  /** A video visit service. */
  | 'VIDEO'
  /** A service of the region's own, outside 1177. */
  | 'REGIONAL';

export type ServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicesQuery = { services: Array<{ code: string, name: string, kind: ServiceKind }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ServicesDocument = new TypedDocumentString(`
    query Services {
  services {
    code
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<ServicesQuery, ServicesQueryVariables>;