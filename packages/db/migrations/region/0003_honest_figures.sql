CREATE TYPE "public"."decision_status" AS ENUM('PROPOSED', 'ADOPTED', 'UNKNOWN');--> statement-breakpoint
CREATE TYPE "public"."finding_author" AS ENUM('AUDITORS', 'BOARD', 'ADMINISTRATION');--> statement-breakpoint
CREATE TYPE "public"."finding_topic" AS ENUM('TRUST', 'UNIFORM_OFFERING', 'BOARD_FOLLOW_UP', 'PHONE', 'USAGE', 'OTHER');--> statement-breakpoint
ALTER TYPE "public"."activity_status" ADD VALUE 'UNKNOWN';--> statement-breakpoint
CREATE TABLE "events" (
	"id" serial PRIMARY KEY NOT NULL,
	"date" text NOT NULL,
	"period" text,
	"text" text NOT NULL,
	"note" text,
	"demo" boolean DEFAULT false NOT NULL,
	"source_document" text,
	"source_dnr" text,
	"source_quote" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"publication" "record_status" DEFAULT 'DRAFT' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"pending" jsonb,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" serial PRIMARY KEY NOT NULL,
	"topic" "finding_topic" NOT NULL,
	"stated_by" "finding_author" NOT NULL,
	"text" text NOT NULL,
	"period" text,
	"note" text,
	"demo" boolean DEFAULT false NOT NULL,
	"source_document" text,
	"source_dnr" text,
	"source_quote" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"publication" "record_status" DEFAULT 'DRAFT' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"pending" jsonb,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "measurements_natural_key_live";--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "start" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "status_as_of" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "audits" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "audits" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "status" "decision_status" DEFAULT 'UNKNOWN' NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "measurements" ADD COLUMN "scope" text;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "measurements_natural_key_live" ON "measurements" USING btree ("metric_code","period",coalesce("sex", 'T'),coalesce("care_unit_id", 0),coalesce("scope", '')) WHERE publication <> 'RETRACTED';