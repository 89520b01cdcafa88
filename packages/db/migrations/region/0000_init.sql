CREATE TYPE "public"."activity_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."comparator" AS ENUM('GTE', 'LTE', 'GT', 'LT', 'EQ');--> statement-breakpoint
CREATE TYPE "public"."missing_reason" AS ENUM('NOT_REPORTED', 'CONFIDENTIAL', 'TOO_FEW', 'NOT_APPLICABLE');--> statement-breakpoint
CREATE TYPE "public"."provider" AS ENUM('PUBLIC', 'PRIVATE');--> statement-breakpoint
CREATE TYPE "public"."sex" AS ENUM('K', 'M', 'T');--> statement-breakpoint
CREATE TABLE "action_plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"decision_id" integer,
	"source_document" text,
	"source_dnr" text,
	"source_quote" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" serial PRIMARY KEY NOT NULL,
	"action_plan_id" integer NOT NULL,
	"position" integer NOT NULL,
	"heading" text,
	"title" text NOT NULL,
	"due" text,
	"status" "activity_status" DEFAULT 'PLANNED' NOT NULL,
	"completed_on" date,
	"source_document" text,
	"source_dnr" text,
	"source_quote" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audits" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"year" integer,
	"auditor" text,
	"conclusion" text,
	"source_document" text,
	"source_dnr" text,
	"source_quote" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "basutbud_services" (
	"version_id" integer NOT NULL,
	"service_code" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "basutbud_services_version_id_service_code_pk" PRIMARY KEY("version_id","service_code")
);
--> statement-breakpoint
CREATE TABLE "basutbud_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"valid_from" date NOT NULL,
	"decision_id" integer,
	"note" text,
	"demo" boolean DEFAULT false NOT NULL,
	"source_document" text,
	"source_dnr" text,
	"source_quote" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_units" (
	"id" serial PRIMARY KEY NOT NULL,
	"hsa_id" text NOT NULL,
	"name" text NOT NULL,
	"municipality_code" text NOT NULL,
	"municipality_name" text NOT NULL,
	"kind" text NOT NULL,
	"provider" "provider" NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"source_document" text,
	"source_dnr" text,
	"source_quote" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"dnr" text,
	"date" text,
	"body" text,
	"title" text NOT NULL,
	"text" text,
	"source_document" text,
	"source_dnr" text,
	"source_quote" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" serial PRIMARY KEY NOT NULL,
	"metric_code" text NOT NULL,
	"description" text,
	"target" double precision,
	"comparator" "comparator",
	"period" text NOT NULL,
	"decision_id" integer,
	"demo" boolean DEFAULT false NOT NULL,
	"source_document" text,
	"source_dnr" text,
	"source_quote" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"id" serial PRIMARY KEY NOT NULL,
	"metric_code" text NOT NULL,
	"period" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"value" double precision,
	"sex" "sex",
	"care_unit_id" integer,
	"missing" "missing_reason",
	"note" text,
	"demo" boolean DEFAULT false NOT NULL,
	"source_document" text,
	"source_dnr" text,
	"source_quote" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measurements_natural_key" UNIQUE NULLS NOT DISTINCT("metric_code","period","sex","care_unit_id")
);
--> statement-breakpoint
CREATE TABLE "offerings" (
	"id" serial PRIMARY KEY NOT NULL,
	"care_unit_id" integer NOT NULL,
	"service_code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"demo" boolean DEFAULT false NOT NULL,
	"source_document" text,
	"source_dnr" text,
	"source_quote" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendation_activities" (
	"recommendation_id" integer NOT NULL,
	"activity_id" integer NOT NULL,
	CONSTRAINT "recommendation_activities_recommendation_id_activity_id_pk" PRIMARY KEY("recommendation_id","activity_id")
);
--> statement-breakpoint
CREATE TABLE "recommendation_decisions" (
	"recommendation_id" integer NOT NULL,
	"decision_id" integer NOT NULL,
	CONSTRAINT "recommendation_decisions_recommendation_id_decision_id_pk" PRIMARY KEY("recommendation_id","decision_id")
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" serial PRIMARY KEY NOT NULL,
	"audit_id" integer NOT NULL,
	"ordinal" integer NOT NULL,
	"text" text NOT NULL,
	"source_document" text,
	"source_dnr" text,
	"source_quote" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "basutbud_services" ADD CONSTRAINT "basutbud_services_version_id_basutbud_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."basutbud_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "basutbud_versions" ADD CONSTRAINT "basutbud_versions_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_care_unit_id_care_units_id_fk" FOREIGN KEY ("care_unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_care_unit_id_care_units_id_fk" FOREIGN KEY ("care_unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_activities" ADD CONSTRAINT "recommendation_activities_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_activities" ADD CONSTRAINT "recommendation_activities_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_decisions" ADD CONSTRAINT "recommendation_decisions_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_decisions" ADD CONSTRAINT "recommendation_decisions_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_audit_id_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_action_plan_id_index" ON "activities" USING btree ("action_plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "basutbud_versions_valid_from_index" ON "basutbud_versions" USING btree ("valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "care_units_hsa_id_index" ON "care_units" USING btree ("hsa_id");--> statement-breakpoint
CREATE INDEX "care_units_municipality_code_index" ON "care_units" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "measurements_metric_code_period_end_index" ON "measurements" USING btree ("metric_code","period_end");--> statement-breakpoint
CREATE INDEX "measurements_care_unit_id_index" ON "measurements" USING btree ("care_unit_id");--> statement-breakpoint
CREATE INDEX "offerings_care_unit_id_service_code_index" ON "offerings" USING btree ("care_unit_id","service_code");--> statement-breakpoint
CREATE UNIQUE INDEX "recommendations_audit_id_ordinal_index" ON "recommendations" USING btree ("audit_id","ordinal");