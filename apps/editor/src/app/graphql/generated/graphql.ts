/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Entity =
  | 'CARE_UNIT'
  | 'OFFERING'
  | 'DECISION'
  | 'BASUTBUD'
  | 'GOAL'
  | 'MEASUREMENT'
  | 'AUDIT'
  | 'RECOMMENDATION'
  | 'ACTION_PLAN'
  | 'ACTIVITY'
  | 'FINDING'
  | 'EVENT';

export type Publication =
  /** New, visible only here until published. */
  | 'DRAFT'
  /** Served through the gateway. */
  | 'PUBLISHED'
  /** Withdrawn from the gateway; kept with its history. */
  | 'RETRACTED';

export type RecordRef = {
  entity: Entity;
  id: number;
};

export type SourceInput = {
  document: string;
  dnr?: string | null | undefined;
  quote?: string | null | undefined;
};

export type Provider =
  | 'PUBLIC'
  | 'PRIVATE';

/** K = kvinnor, M = män, T = totalt. */
export type Sex =
  | 'K'
  | 'M'
  | 'T';

/** Why a measurement has no value. */
export type MissingReason =
  /** The source reports no value. */
  | 'NOT_REPORTED'
  /** The value is confidential (sekretess). */
  | 'CONFIDENTIAL'
  /** Too few observations to report. */
  | 'TOO_FEW'
  /** The metric does not apply. */
  | 'NOT_APPLICABLE';

export type Comparator =
  /** At least the target. */
  | 'GTE'
  /** At most the target. */
  | 'LTE'
  | 'GT'
  | 'LT'
  | 'EQ';

export type DecisionStatus =
  /** A proposal (Förslag till beslut); the documents do not say it was adopted. */
  | 'PROPOSED'
  /** Decided, adopted or established, as the source says. */
  | 'ADOPTED'
  /** The source does not say whether or when it was decided. */
  | 'UNKNOWN';

export type ActivityStatus =
  | 'PLANNED'
  | 'IN_PROGRESS'
  | 'DONE'
  | 'CANCELLED'
  /** The source does not say whether the activity was done. */
  | 'UNKNOWN';

/** What a finding is about. */
export type FindingTopic =
  /** Residents' trust in 1177 (for example the health care barometer). */
  | 'TRUST'
  /** Whether every part of the region offers the same services (jämlik vård). */
  | 'UNIFORM_OFFERING'
  /** What the board is told and follows up. */
  | 'BOARD_FOLLOW_UP'
  /** 1177 Vårdguiden på telefon. */
  | 'PHONE'
  /** How much the services are used. */
  | 'USAGE'
  | 'OTHER';

/** Who states a finding. */
export type FindingAuthor =
  /** The region's auditors (revisorerna). */
  | 'AUDITORS'
  /** The regional board (regionstyrelsen). */
  | 'BOARD'
  /** The region's administration (regionkontoret, regiondirektören). */
  | 'ADMINISTRATION';

export type CareUnitInput = {
  hsaId: string;
  name: string;
  municipalityCode: string;
  municipalityName: string;
  kind: string;
  provider: Provider;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

/** Only the fields given change; the rest keep their values. */
export type CareUnitPatch = {
  hsaId?: string | null | undefined;
  name?: string | null | undefined;
  municipalityCode?: string | null | undefined;
  municipalityName?: string | null | undefined;
  kind?: string | null | undefined;
  provider?: Provider | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

export type OpenOfferingInput = {
  careUnitId: number;
  serviceCode: string;
  validFrom: string;
  validTo?: string | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

export type DecisionInput = {
  dnr?: string | null | undefined;
  date?: string | null | undefined;
  body?: string | null | undefined;
  title: string;
  text?: string | null | undefined;
  /** PROPOSED for a Förslag till beslut whose adoption is not stated; default UNKNOWN. */
  status?: DecisionStatus | null | undefined;
  note?: string | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

/** Only the fields given change; the rest keep their values. */
export type DecisionPatch = {
  dnr?: string | null | undefined;
  date?: string | null | undefined;
  body?: string | null | undefined;
  title?: string | null | undefined;
  text?: string | null | undefined;
  /** PROPOSED for a Förslag till beslut whose adoption is not stated; default UNKNOWN. */
  status?: DecisionStatus | null | undefined;
  note?: string | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

export type BasutbudInput = {
  validFrom: string;
  services: Array<string>;
  decisionId?: number | null | undefined;
  note?: string | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

/** Only the fields given change; the rest keep their values. */
export type BasutbudPatch = {
  validFrom?: string | null | undefined;
  services?: Array<string> | null | undefined;
  decisionId?: number | null | undefined;
  note?: string | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

export type GoalInput = {
  metricCode: string;
  description?: string | null | undefined;
  target?: number | null | undefined;
  comparator?: Comparator | null | undefined;
  /** The period the goal is for; null when the documents give none. */
  period?: string | null | undefined;
  decisionId?: number | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

/** Only the fields given change; the rest keep their values. */
export type GoalPatch = {
  metricCode?: string | null | undefined;
  description?: string | null | undefined;
  target?: number | null | undefined;
  comparator?: Comparator | null | undefined;
  /** The period the goal is for; null when the documents give none. */
  period?: string | null | undefined;
  decisionId?: number | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

export type MeasurementInput = {
  metricCode: string;
  period: string;
  value?: number | null | undefined;
  sex?: Sex | null | undefined;
  careUnitId?: number | null | undefined;
  /** The part of the region the value covers (for example närsjukvården); empty for the whole region. */
  scope?: string | null | undefined;
  missing?: MissingReason | null | undefined;
  note?: string | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

/** Only the fields given change; the rest keep their values. */
export type MeasurementPatch = {
  metricCode?: string | null | undefined;
  period?: string | null | undefined;
  value?: number | null | undefined;
  sex?: Sex | null | undefined;
  careUnitId?: number | null | undefined;
  /** The part of the region the value covers (for example närsjukvården); empty for the whole region. */
  scope?: string | null | undefined;
  missing?: MissingReason | null | undefined;
  note?: string | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

export type AuditInput = {
  title: string;
  year?: number | null | undefined;
  auditor?: string | null | undefined;
  /** What the audit mainly examined, as the audit report says it. */
  focus?: string | null | undefined;
  /** True when the title is read out of the text: the document does not give it. */
  titleInferred?: boolean | null | undefined;
  /** True when the year is read out of the text: the document does not date the audit. */
  yearInferred?: boolean | null | undefined;
  conclusion?: string | null | undefined;
  note?: string | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

/** Only the fields given change; the rest keep their values. */
export type AuditPatch = {
  title?: string | null | undefined;
  year?: number | null | undefined;
  auditor?: string | null | undefined;
  /** What the audit mainly examined, as the audit report says it. */
  focus?: string | null | undefined;
  /** True when the title is read out of the text: the document does not give it. */
  titleInferred?: boolean | null | undefined;
  /** True when the year is read out of the text: the document does not date the audit. */
  yearInferred?: boolean | null | undefined;
  conclusion?: string | null | undefined;
  note?: string | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

export type RecommendationInput = {
  auditId: number;
  ordinal: number;
  text: string;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

/** Only the fields given change; the rest keep their values. */
export type RecommendationPatch = {
  ordinal?: number | null | undefined;
  text?: string | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

export type ActionPlanInput = {
  title: string;
  decisionId?: number | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

/** Only the fields given change; the rest keep their values. */
export type ActionPlanPatch = {
  title?: string | null | undefined;
  decisionId?: number | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

export type ActivityInput = {
  actionPlanId: number;
  heading?: string | null | undefined;
  title: string;
  /** When it starts, as a period, where the plan says. */
  start?: string | null | undefined;
  /** A period: 2017-Q3, 2018, 2018-06-30. */
  due?: string | null | undefined;
  status?: ActivityStatus | null | undefined;
  /** The date or period the status is known for; default today (none for UNKNOWN). */
  statusAsOf?: string | null | undefined;
  completedOn?: string | null | undefined;
  note?: string | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

/** Only the fields given change; the rest keep their values. */
export type ActivityPatch = {
  heading?: string | null | undefined;
  title?: string | null | undefined;
  /** When it starts, as a period, where the plan says. */
  start?: string | null | undefined;
  /** A period: 2017-Q3, 2018, 2018-06-30. */
  due?: string | null | undefined;
  note?: string | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

export type FindingInput = {
  topic: FindingTopic;
  statedBy: FindingAuthor;
  text: string;
  period?: string | null | undefined;
  note?: string | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

/** Only the fields given change; the rest keep their values. */
export type FindingPatch = {
  topic?: FindingTopic | null | undefined;
  statedBy?: FindingAuthor | null | undefined;
  text?: string | null | undefined;
  period?: string | null | undefined;
  note?: string | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

export type EventInput = {
  /** The date as the source writes it: 2017-03-01, augusti 2017, 1/1-2018. */
  date: string;
  /** The same date as a period (2017-08, 2018-01-01), where it can be read as one. */
  period?: string | null | undefined;
  text: string;
  note?: string | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

/** Only the fields given change; the rest keep their values. */
export type EventPatch = {
  /** The date as the source writes it: 2017-03-01, augusti 2017, 1/1-2018. */
  date?: string | null | undefined;
  /** The same date as a period (2017-08, 2018-01-01), where it can be read as one. */
  period?: string | null | undefined;
  text?: string | null | undefined;
  note?: string | null | undefined;
  demo?: boolean | null | undefined;
  source?: SourceInput | null | undefined;
};

/** A CSV import and export format. */
export type CsvFormat =
  /** Care units (vårdcentraler, hälsocentraler), one per HSA-id. */
  | 'CARE_UNITS'
  /** Which care unit offers which service from when: one row per validity period. */
  | 'OFFERINGS'
  /** Measured values of the national metrics: only metric, period and value are required. */
  | 'MEASUREMENTS';

export type CreateCareUnitMutationVariables = Exact<{
  input: CareUnitInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateCareUnitMutation = { createCareUnit: { id: number } };

export type UpdateCareUnitMutationVariables = Exact<{
  id: number;
  expectedVersion: number;
  patch: CareUnitPatch;
}>;


export type UpdateCareUnitMutation = { updateCareUnit: { id: number, version: number } };

export type CreateDecisionMutationVariables = Exact<{
  input: DecisionInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateDecisionMutation = { createDecision: { id: number } };

export type UpdateDecisionMutationVariables = Exact<{
  id: number;
  expectedVersion: number;
  patch: DecisionPatch;
}>;


export type UpdateDecisionMutation = { updateDecision: { id: number, version: number } };

export type CreateBasutbudVersionMutationVariables = Exact<{
  input: BasutbudInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateBasutbudVersionMutation = { createBasutbudVersion: { id: number } };

export type UpdateBasutbudVersionMutationVariables = Exact<{
  id: number;
  expectedVersion: number;
  patch: BasutbudPatch;
}>;


export type UpdateBasutbudVersionMutation = { updateBasutbudVersion: { id: number, version: number } };

export type CreateGoalMutationVariables = Exact<{
  input: GoalInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateGoalMutation = { createGoal: { id: number } };

export type UpdateGoalMutationVariables = Exact<{
  id: number;
  expectedVersion: number;
  patch: GoalPatch;
}>;


export type UpdateGoalMutation = { updateGoal: { id: number, version: number } };

export type CreateMeasurementMutationVariables = Exact<{
  input: MeasurementInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateMeasurementMutation = { createMeasurement: { id: number } };

export type UpdateMeasurementMutationVariables = Exact<{
  id: number;
  expectedVersion: number;
  patch: MeasurementPatch;
}>;


export type UpdateMeasurementMutation = { updateMeasurement: { id: number, version: number } };

export type CreateAuditMutationVariables = Exact<{
  input: AuditInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateAuditMutation = { createAudit: { id: number } };

export type UpdateAuditMutationVariables = Exact<{
  id: number;
  expectedVersion: number;
  patch: AuditPatch;
}>;


export type UpdateAuditMutation = { updateAudit: { id: number, version: number } };

export type CreateRecommendationMutationVariables = Exact<{
  input: RecommendationInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateRecommendationMutation = { createRecommendation: { id: number } };

export type UpdateRecommendationMutationVariables = Exact<{
  id: number;
  expectedVersion: number;
  patch: RecommendationPatch;
}>;


export type UpdateRecommendationMutation = { updateRecommendation: { id: number, version: number } };

export type CreateActionPlanMutationVariables = Exact<{
  input: ActionPlanInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateActionPlanMutation = { createActionPlan: { id: number } };

export type UpdateActionPlanMutationVariables = Exact<{
  id: number;
  expectedVersion: number;
  patch: ActionPlanPatch;
}>;


export type UpdateActionPlanMutation = { updateActionPlan: { id: number, version: number } };

export type CreateActivityMutationVariables = Exact<{
  input: ActivityInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateActivityMutation = { createActivity: { id: number } };

export type UpdateActivityMutationVariables = Exact<{
  id: number;
  expectedVersion: number;
  patch: ActivityPatch;
}>;


export type UpdateActivityMutation = { updateActivity: { id: number, version: number } };

export type CreateFindingMutationVariables = Exact<{
  input: FindingInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateFindingMutation = { createFinding: { id: number } };

export type UpdateFindingMutationVariables = Exact<{
  id: number;
  expectedVersion: number;
  patch: FindingPatch;
}>;


export type UpdateFindingMutation = { updateFinding: { id: number, version: number } };

export type CreateEventMutationVariables = Exact<{
  input: EventInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateEventMutation = { createEvent: { id: number } };

export type UpdateEventMutationVariables = Exact<{
  id: number;
  expectedVersion: number;
  patch: EventPatch;
}>;


export type UpdateEventMutation = { updateEvent: { id: number, version: number } };

export type RecordFieldsFragment = { entity: Entity, id: number, version: number, publication: Publication, hasPendingChanges: boolean, data: unknown, pending: unknown };

export type RecordsQueryVariables = Exact<{
  entity: Entity;
}>;


export type RecordsQuery = { records: Array<{ entity: Entity, id: number, version: number, publication: Publication, hasPendingChanges: boolean, data: unknown, pending: unknown }> };

export type RecordQueryVariables = Exact<{
  entity: Entity;
  id: number;
}>;


export type RecordQuery = { record: { entity: Entity, id: number, version: number, publication: Publication, hasPendingChanges: boolean, data: unknown, pending: unknown } | null };

export type RecordHistoryQueryVariables = Exact<{
  entity: Entity;
  id: number;
}>;


export type RecordHistoryQuery = { history: Array<{ id: number, at: string, actor: string, role: string, operation: string, before: unknown, after: unknown }> };

export type DraftsQueryVariables = Exact<{ [key: string]: never; }>;


export type DraftsQuery = { drafts: Array<{ published: unknown, entity: Entity, id: number, version: number, publication: Publication, hasPendingChanges: boolean, data: unknown, pending: unknown }> };

export type PublishMutationVariables = Exact<{
  records?: Array<RecordRef> | RecordRef | null | undefined;
}>;


export type PublishMutation = { publish: { published: Array<{ entity: Entity, id: number }>, blocked: Array<{ entity: Entity, id: number, parentEntity: Entity, parentId: number }> } };

export type DeleteDraftMutationVariables = Exact<{
  entity: Entity;
  id: number;
  expectedVersion: number;
}>;


export type DeleteDraftMutation = { deleteDraft: boolean };

export type OpenOfferingMutationVariables = Exact<{
  input: OpenOfferingInput;
  idempotencyKey?: string | null | undefined;
}>;


export type OpenOfferingMutation = { openOffering: { id: number } };

export type CloseOfferingMutationVariables = Exact<{
  id: number;
  expectedVersion: number;
  validTo: string;
}>;


export type CloseOfferingMutation = { closeOffering: { id: number } };

export type CloseCareUnitMutationVariables = Exact<{
  id: number;
  expectedVersion: number;
  closedOn: string;
}>;


export type CloseCareUnitMutation = { closeCareUnit: { id: number } };

export type SetActivityStatusMutationVariables = Exact<{
  id: number;
  expectedVersion: number;
  status: ActivityStatus;
  completedOn?: string | null | undefined;
  statusAsOf?: string | null | undefined;
}>;


export type SetActivityStatusMutation = { setActivityStatus: { id: number } };

export type LinkRecommendationDecisionMutationVariables = Exact<{
  recommendationId: number;
  decisionId: number;
}>;


export type LinkRecommendationDecisionMutation = { linkRecommendationDecision: boolean };

export type UnlinkRecommendationDecisionMutationVariables = Exact<{
  recommendationId: number;
  decisionId: number;
}>;


export type UnlinkRecommendationDecisionMutation = { unlinkRecommendationDecision: boolean };

export type LinkRecommendationActivityMutationVariables = Exact<{
  recommendationId: number;
  activityId: number;
}>;


export type LinkRecommendationActivityMutation = { linkRecommendationActivity: boolean };

export type UnlinkRecommendationActivityMutationVariables = Exact<{
  recommendationId: number;
  activityId: number;
}>;


export type UnlinkRecommendationActivityMutation = { unlinkRecommendationActivity: boolean };

export type RetractMutationVariables = Exact<{
  entity: Entity;
  id: number;
  expectedVersion: number;
}>;


export type RetractMutation = { retract: { id: number } };

export type ImportCsvMutationVariables = Exact<{
  format: CsvFormat;
  columns: Array<string> | string;
  rows: Array<Array<string | null | undefined> | string> | Array<string | null | undefined> | string;
  dryRun?: boolean | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type ImportCsvMutation = { importCsv: { dryRun: boolean, rows: number, created: number, updated: number, unchanged: number, errors: Array<{ row: number, column: string, message: string }>, warnings: Array<{ row: number, column: string, message: string }> } };

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
export const RecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecordFields on AdminRecord {
  entity
  id
  version
  publication
  hasPendingChanges
  data
  pending
}
    `, {"fragmentName":"RecordFields"}) as unknown as TypedDocumentString<RecordFieldsFragment, unknown>;
export const CreateCareUnitDocument = new TypedDocumentString(`
    mutation CreateCareUnit($input: CareUnitInput!, $idempotencyKey: String) {
  createCareUnit(input: $input, idempotencyKey: $idempotencyKey) {
    id
  }
}
    `, {"hash":"sha256:7fdee5f0283103584c25fa2d67c8a7cce7549972d5f1078a41e4c8dfa8222c1b"}) as unknown as TypedDocumentString<CreateCareUnitMutation, CreateCareUnitMutationVariables>;
export const UpdateCareUnitDocument = new TypedDocumentString(`
    mutation UpdateCareUnit($id: Int!, $expectedVersion: Int!, $patch: CareUnitPatch!) {
  updateCareUnit(id: $id, expectedVersion: $expectedVersion, patch: $patch) {
    id
    version
  }
}
    `, {"hash":"sha256:3c56405aa6c6687a65116c78ea5e90cc10c7419464e0e1e62f18fc0602487341"}) as unknown as TypedDocumentString<UpdateCareUnitMutation, UpdateCareUnitMutationVariables>;
export const CreateDecisionDocument = new TypedDocumentString(`
    mutation CreateDecision($input: DecisionInput!, $idempotencyKey: String) {
  createDecision(input: $input, idempotencyKey: $idempotencyKey) {
    id
  }
}
    `, {"hash":"sha256:039e74677ee13cda5d210503698024ff3c24ab95078da68cb0d78b48a34c0ade"}) as unknown as TypedDocumentString<CreateDecisionMutation, CreateDecisionMutationVariables>;
export const UpdateDecisionDocument = new TypedDocumentString(`
    mutation UpdateDecision($id: Int!, $expectedVersion: Int!, $patch: DecisionPatch!) {
  updateDecision(id: $id, expectedVersion: $expectedVersion, patch: $patch) {
    id
    version
  }
}
    `, {"hash":"sha256:cf630daf24cba725e67ccb06001857a522877e58d1fc767bf72cf959e1ccc82d"}) as unknown as TypedDocumentString<UpdateDecisionMutation, UpdateDecisionMutationVariables>;
export const CreateBasutbudVersionDocument = new TypedDocumentString(`
    mutation CreateBasutbudVersion($input: BasutbudInput!, $idempotencyKey: String) {
  createBasutbudVersion(input: $input, idempotencyKey: $idempotencyKey) {
    id
  }
}
    `, {"hash":"sha256:a3830166294ec0428e940ece7bda76abefb23dd3a3bd77c8431805e9b1b2e511"}) as unknown as TypedDocumentString<CreateBasutbudVersionMutation, CreateBasutbudVersionMutationVariables>;
export const UpdateBasutbudVersionDocument = new TypedDocumentString(`
    mutation UpdateBasutbudVersion($id: Int!, $expectedVersion: Int!, $patch: BasutbudPatch!) {
  updateBasutbudVersion(id: $id, expectedVersion: $expectedVersion, patch: $patch) {
    id
    version
  }
}
    `, {"hash":"sha256:eaf90fdb60ba03165fdb854ef224295cb1cf410f83a8f306ce5a7f06950d0425"}) as unknown as TypedDocumentString<UpdateBasutbudVersionMutation, UpdateBasutbudVersionMutationVariables>;
export const CreateGoalDocument = new TypedDocumentString(`
    mutation CreateGoal($input: GoalInput!, $idempotencyKey: String) {
  createGoal(input: $input, idempotencyKey: $idempotencyKey) {
    id
  }
}
    `, {"hash":"sha256:a528068c9d15453ded3dcbf101eac6f346f0ecda8597b8855c6382d4050f0c4c"}) as unknown as TypedDocumentString<CreateGoalMutation, CreateGoalMutationVariables>;
export const UpdateGoalDocument = new TypedDocumentString(`
    mutation UpdateGoal($id: Int!, $expectedVersion: Int!, $patch: GoalPatch!) {
  updateGoal(id: $id, expectedVersion: $expectedVersion, patch: $patch) {
    id
    version
  }
}
    `, {"hash":"sha256:17f02861e27dd52fed6bda60da09a213ef2dc28242de65df2fe79c1656290759"}) as unknown as TypedDocumentString<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const CreateMeasurementDocument = new TypedDocumentString(`
    mutation CreateMeasurement($input: MeasurementInput!, $idempotencyKey: String) {
  createMeasurement(input: $input, idempotencyKey: $idempotencyKey) {
    id
  }
}
    `, {"hash":"sha256:a5a3c79e53f30b10d3d710d272148c8ea9ca9bbbe6ed5aadca49f9c9fd1f1abe"}) as unknown as TypedDocumentString<CreateMeasurementMutation, CreateMeasurementMutationVariables>;
export const UpdateMeasurementDocument = new TypedDocumentString(`
    mutation UpdateMeasurement($id: Int!, $expectedVersion: Int!, $patch: MeasurementPatch!) {
  updateMeasurement(id: $id, expectedVersion: $expectedVersion, patch: $patch) {
    id
    version
  }
}
    `, {"hash":"sha256:57db9e2cbc031f8ad5e37667a6611d557cbe54d4a77b385e386c43f407dfd3ec"}) as unknown as TypedDocumentString<UpdateMeasurementMutation, UpdateMeasurementMutationVariables>;
export const CreateAuditDocument = new TypedDocumentString(`
    mutation CreateAudit($input: AuditInput!, $idempotencyKey: String) {
  createAudit(input: $input, idempotencyKey: $idempotencyKey) {
    id
  }
}
    `, {"hash":"sha256:77b1204a855f76a3638aa67db023e332d1e1fc85b1d9d0f6ccaa6b080bcf5efc"}) as unknown as TypedDocumentString<CreateAuditMutation, CreateAuditMutationVariables>;
export const UpdateAuditDocument = new TypedDocumentString(`
    mutation UpdateAudit($id: Int!, $expectedVersion: Int!, $patch: AuditPatch!) {
  updateAudit(id: $id, expectedVersion: $expectedVersion, patch: $patch) {
    id
    version
  }
}
    `, {"hash":"sha256:9a503c6d9c5bc5d3e0583fea6302985d4b768402f60404370910d5c1ff4c3035"}) as unknown as TypedDocumentString<UpdateAuditMutation, UpdateAuditMutationVariables>;
export const CreateRecommendationDocument = new TypedDocumentString(`
    mutation CreateRecommendation($input: RecommendationInput!, $idempotencyKey: String) {
  createRecommendation(input: $input, idempotencyKey: $idempotencyKey) {
    id
  }
}
    `, {"hash":"sha256:39fd67a864834add2ab4baabc16084955536f01a13080662ce757513b65ef08a"}) as unknown as TypedDocumentString<CreateRecommendationMutation, CreateRecommendationMutationVariables>;
export const UpdateRecommendationDocument = new TypedDocumentString(`
    mutation UpdateRecommendation($id: Int!, $expectedVersion: Int!, $patch: RecommendationPatch!) {
  updateRecommendation(id: $id, expectedVersion: $expectedVersion, patch: $patch) {
    id
    version
  }
}
    `, {"hash":"sha256:b24f969ab5dd5edf8c1871c7b6f5a03917e95ffc833992f8d113e4b4af5b89ab"}) as unknown as TypedDocumentString<UpdateRecommendationMutation, UpdateRecommendationMutationVariables>;
export const CreateActionPlanDocument = new TypedDocumentString(`
    mutation CreateActionPlan($input: ActionPlanInput!, $idempotencyKey: String) {
  createActionPlan(input: $input, idempotencyKey: $idempotencyKey) {
    id
  }
}
    `, {"hash":"sha256:ea28910e5a9c3095f1d7f82a3c32539639b58726dc990d4f691aed23d26be7ce"}) as unknown as TypedDocumentString<CreateActionPlanMutation, CreateActionPlanMutationVariables>;
export const UpdateActionPlanDocument = new TypedDocumentString(`
    mutation UpdateActionPlan($id: Int!, $expectedVersion: Int!, $patch: ActionPlanPatch!) {
  updateActionPlan(id: $id, expectedVersion: $expectedVersion, patch: $patch) {
    id
    version
  }
}
    `, {"hash":"sha256:475d7fd14d3179d28ee284d19a4414e2e63969730c4001c1d654fe5efa2c2a27"}) as unknown as TypedDocumentString<UpdateActionPlanMutation, UpdateActionPlanMutationVariables>;
export const CreateActivityDocument = new TypedDocumentString(`
    mutation CreateActivity($input: ActivityInput!, $idempotencyKey: String) {
  createActivity(input: $input, idempotencyKey: $idempotencyKey) {
    id
  }
}
    `, {"hash":"sha256:e7e702fd25a58b5dc01d1de1244f35f9ac166d53e4d38eb85524a3f720ce2ad0"}) as unknown as TypedDocumentString<CreateActivityMutation, CreateActivityMutationVariables>;
export const UpdateActivityDocument = new TypedDocumentString(`
    mutation UpdateActivity($id: Int!, $expectedVersion: Int!, $patch: ActivityPatch!) {
  updateActivity(id: $id, expectedVersion: $expectedVersion, patch: $patch) {
    id
    version
  }
}
    `, {"hash":"sha256:fab5af30ff9bada7d21e181a74a26983a16be1d469b97fd6ab8f7f00df75193d"}) as unknown as TypedDocumentString<UpdateActivityMutation, UpdateActivityMutationVariables>;
export const CreateFindingDocument = new TypedDocumentString(`
    mutation CreateFinding($input: FindingInput!, $idempotencyKey: String) {
  createFinding(input: $input, idempotencyKey: $idempotencyKey) {
    id
  }
}
    `, {"hash":"sha256:e89c1ae7da88e95e8345104cb30a638d6db36f369b5974b0b06614eeceb7c6ca"}) as unknown as TypedDocumentString<CreateFindingMutation, CreateFindingMutationVariables>;
export const UpdateFindingDocument = new TypedDocumentString(`
    mutation UpdateFinding($id: Int!, $expectedVersion: Int!, $patch: FindingPatch!) {
  updateFinding(id: $id, expectedVersion: $expectedVersion, patch: $patch) {
    id
    version
  }
}
    `, {"hash":"sha256:a42b0386c1c5696bd49d9e10741a674fe119dcacdf40e537b2e35e0981e97401"}) as unknown as TypedDocumentString<UpdateFindingMutation, UpdateFindingMutationVariables>;
export const CreateEventDocument = new TypedDocumentString(`
    mutation CreateEvent($input: EventInput!, $idempotencyKey: String) {
  createEvent(input: $input, idempotencyKey: $idempotencyKey) {
    id
  }
}
    `, {"hash":"sha256:057a8d17bd41cf0c8db49fdb7d94a6952d39c04a4b1bd025bae15357648ac3f1"}) as unknown as TypedDocumentString<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = new TypedDocumentString(`
    mutation UpdateEvent($id: Int!, $expectedVersion: Int!, $patch: EventPatch!) {
  updateEvent(id: $id, expectedVersion: $expectedVersion, patch: $patch) {
    id
    version
  }
}
    `, {"hash":"sha256:e71b10b537ba95e135ac247dfb2aca95a5e5bd08b56ea27aa43edde1d6638339"}) as unknown as TypedDocumentString<UpdateEventMutation, UpdateEventMutationVariables>;
export const RecordsDocument = new TypedDocumentString(`
    query Records($entity: Entity!) {
  records(entity: $entity) {
    ...RecordFields
  }
}
    fragment RecordFields on AdminRecord {
  entity
  id
  version
  publication
  hasPendingChanges
  data
  pending
}`, {"hash":"sha256:29c8a3ad32de3fd8acc2a8e2607c8e97cc6fabd2c06fcb53a5d70d8efe8d1856"}) as unknown as TypedDocumentString<RecordsQuery, RecordsQueryVariables>;
export const RecordDocument = new TypedDocumentString(`
    query Record($entity: Entity!, $id: Int!) {
  record(entity: $entity, id: $id) {
    ...RecordFields
  }
}
    fragment RecordFields on AdminRecord {
  entity
  id
  version
  publication
  hasPendingChanges
  data
  pending
}`, {"hash":"sha256:c7dd26ded6d7a41213bd2e55554a96635852a9192dd1b478ae6c1e70d028374e"}) as unknown as TypedDocumentString<RecordQuery, RecordQueryVariables>;
export const RecordHistoryDocument = new TypedDocumentString(`
    query RecordHistory($entity: Entity!, $id: Int!) {
  history(entity: $entity, id: $id, limit: 50) {
    id
    at
    actor
    role
    operation
    before
    after
  }
}
    `, {"hash":"sha256:7d66eb0fd743effa8c38707efb7eb1c895853a8413bcd43de664371ddf2b03cb"}) as unknown as TypedDocumentString<RecordHistoryQuery, RecordHistoryQueryVariables>;
export const DraftsDocument = new TypedDocumentString(`
    query Drafts {
  drafts {
    ...RecordFields
    published
  }
}
    fragment RecordFields on AdminRecord {
  entity
  id
  version
  publication
  hasPendingChanges
  data
  pending
}`, {"hash":"sha256:2caac4dbd4843292232c2cff37aa2625feaf0b04162ed3ce5bb1d2c442a24f5b"}) as unknown as TypedDocumentString<DraftsQuery, DraftsQueryVariables>;
export const PublishDocument = new TypedDocumentString(`
    mutation Publish($records: [RecordRef!]) {
  publish(records: $records) {
    published {
      entity
      id
    }
    blocked {
      entity
      id
      parentEntity
      parentId
    }
  }
}
    `, {"hash":"sha256:90b3e4a8be422f4b609784e9d9e7d1444ab4aaf1694fd7c4a0ab2ecf1baf0110"}) as unknown as TypedDocumentString<PublishMutation, PublishMutationVariables>;
export const DeleteDraftDocument = new TypedDocumentString(`
    mutation DeleteDraft($entity: Entity!, $id: Int!, $expectedVersion: Int!) {
  deleteDraft(entity: $entity, id: $id, expectedVersion: $expectedVersion)
}
    `, {"hash":"sha256:ccd176b4f13226ddab6147eed664eae141d37c33998ab6c42d3c6518aa9aa34d"}) as unknown as TypedDocumentString<DeleteDraftMutation, DeleteDraftMutationVariables>;
export const OpenOfferingDocument = new TypedDocumentString(`
    mutation OpenOffering($input: OpenOfferingInput!, $idempotencyKey: String) {
  openOffering(input: $input, idempotencyKey: $idempotencyKey) {
    id
  }
}
    `, {"hash":"sha256:5d9b90505d534ac6237fecf503a1b68c3bd324cab13e8b1ab12eb3e393bdeb95"}) as unknown as TypedDocumentString<OpenOfferingMutation, OpenOfferingMutationVariables>;
export const CloseOfferingDocument = new TypedDocumentString(`
    mutation CloseOffering($id: Int!, $expectedVersion: Int!, $validTo: String!) {
  closeOffering(id: $id, expectedVersion: $expectedVersion, validTo: $validTo) {
    id
  }
}
    `, {"hash":"sha256:03904d22d35cc5ce105089d59dc76b81b7371e32b5fc9e099d818ed579515db9"}) as unknown as TypedDocumentString<CloseOfferingMutation, CloseOfferingMutationVariables>;
export const CloseCareUnitDocument = new TypedDocumentString(`
    mutation CloseCareUnit($id: Int!, $expectedVersion: Int!, $closedOn: String!) {
  closeCareUnit(id: $id, expectedVersion: $expectedVersion, closedOn: $closedOn) {
    id
  }
}
    `, {"hash":"sha256:b1c26ec88e4ac8547a754b566702e662916c4d2f0e19c9badc47169b2a1f3255"}) as unknown as TypedDocumentString<CloseCareUnitMutation, CloseCareUnitMutationVariables>;
export const SetActivityStatusDocument = new TypedDocumentString(`
    mutation SetActivityStatus($id: Int!, $expectedVersion: Int!, $status: ActivityStatus!, $completedOn: String, $statusAsOf: String) {
  setActivityStatus(
    id: $id
    expectedVersion: $expectedVersion
    status: $status
    completedOn: $completedOn
    statusAsOf: $statusAsOf
  ) {
    id
  }
}
    `, {"hash":"sha256:e23b4330c447f121d1e74129bd30a20b735411afc0eaa5bb9df0d097bbb8b9e1"}) as unknown as TypedDocumentString<SetActivityStatusMutation, SetActivityStatusMutationVariables>;
export const LinkRecommendationDecisionDocument = new TypedDocumentString(`
    mutation LinkRecommendationDecision($recommendationId: Int!, $decisionId: Int!) {
  linkRecommendationDecision(
    recommendationId: $recommendationId
    decisionId: $decisionId
  )
}
    `, {"hash":"sha256:6e15a826d1cfd5a9566e8922b91ab8499ea17957f9c32403ba472b29a307d785"}) as unknown as TypedDocumentString<LinkRecommendationDecisionMutation, LinkRecommendationDecisionMutationVariables>;
export const UnlinkRecommendationDecisionDocument = new TypedDocumentString(`
    mutation UnlinkRecommendationDecision($recommendationId: Int!, $decisionId: Int!) {
  unlinkRecommendationDecision(
    recommendationId: $recommendationId
    decisionId: $decisionId
  )
}
    `, {"hash":"sha256:43fdda77370c9a0fb0ac0576c1aafae8edbedeb8a4c814a90b84b66ad4f496b6"}) as unknown as TypedDocumentString<UnlinkRecommendationDecisionMutation, UnlinkRecommendationDecisionMutationVariables>;
export const LinkRecommendationActivityDocument = new TypedDocumentString(`
    mutation LinkRecommendationActivity($recommendationId: Int!, $activityId: Int!) {
  linkRecommendationActivity(
    recommendationId: $recommendationId
    activityId: $activityId
  )
}
    `, {"hash":"sha256:137087f699268ca3963fb54a3e45bdf90ebc4817d32b3444c0485e75594ae6ef"}) as unknown as TypedDocumentString<LinkRecommendationActivityMutation, LinkRecommendationActivityMutationVariables>;
export const UnlinkRecommendationActivityDocument = new TypedDocumentString(`
    mutation UnlinkRecommendationActivity($recommendationId: Int!, $activityId: Int!) {
  unlinkRecommendationActivity(
    recommendationId: $recommendationId
    activityId: $activityId
  )
}
    `, {"hash":"sha256:00844a134d7764c793f7407caaffd36992308a7166b20f52aeb71f75f9ec8951"}) as unknown as TypedDocumentString<UnlinkRecommendationActivityMutation, UnlinkRecommendationActivityMutationVariables>;
export const RetractDocument = new TypedDocumentString(`
    mutation Retract($entity: Entity!, $id: Int!, $expectedVersion: Int!) {
  retract(entity: $entity, id: $id, expectedVersion: $expectedVersion) {
    id
  }
}
    `, {"hash":"sha256:34cbd9dd3858efe59e9ac61b7140fe172056542cb149ef73c9005f259f28cf8c"}) as unknown as TypedDocumentString<RetractMutation, RetractMutationVariables>;
export const ImportCsvDocument = new TypedDocumentString(`
    mutation ImportCsv($format: CsvFormat!, $columns: [String!]!, $rows: [[String]!]!, $dryRun: Boolean, $idempotencyKey: String) {
  importCsv(
    format: $format
    columns: $columns
    rows: $rows
    dryRun: $dryRun
    idempotencyKey: $idempotencyKey
  ) {
    dryRun
    rows
    created
    updated
    unchanged
    errors {
      row
      column
      message
    }
    warnings {
      row
      column
      message
    }
  }
}
    `, {"hash":"sha256:5ae8b1475cb0fd152c11c32734bbda8bd846fcee9b93e6415a67b3da7c39ba8e"}) as unknown as TypedDocumentString<ImportCsvMutation, ImportCsvMutationVariables>;