CREATE TYPE "public"."record_status" AS ENUM('DRAFT', 'PUBLISHED', 'RETRACTED');--> statement-breakpoint
CREATE TABLE "change_history" (
	"id" serial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"role" text NOT NULL,
	"operation" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" integer,
	"before" jsonb,
	"after" jsonb,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"operation" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb NOT NULL,
	"actor" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "measurements" DROP CONSTRAINT "measurements_natural_key";--> statement-breakpoint
DROP INDEX "basutbud_versions_valid_from_index";--> statement-breakpoint
DROP INDEX "care_units_hsa_id_index";--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "publication" "record_status" DEFAULT 'DRAFT' NOT NULL;--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "pending" jsonb;--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "publication" "record_status" DEFAULT 'DRAFT' NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "pending" jsonb;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "audits" ADD COLUMN "publication" "record_status" DEFAULT 'DRAFT' NOT NULL;--> statement-breakpoint
ALTER TABLE "audits" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "audits" ADD COLUMN "pending" jsonb;--> statement-breakpoint
ALTER TABLE "audits" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "basutbud_versions" ADD COLUMN "publication" "record_status" DEFAULT 'DRAFT' NOT NULL;--> statement-breakpoint
ALTER TABLE "basutbud_versions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "basutbud_versions" ADD COLUMN "pending" jsonb;--> statement-breakpoint
ALTER TABLE "basutbud_versions" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "care_units" ADD COLUMN "publication" "record_status" DEFAULT 'DRAFT' NOT NULL;--> statement-breakpoint
ALTER TABLE "care_units" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "care_units" ADD COLUMN "pending" jsonb;--> statement-breakpoint
ALTER TABLE "care_units" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "publication" "record_status" DEFAULT 'DRAFT' NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "pending" jsonb;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "publication" "record_status" DEFAULT 'DRAFT' NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "pending" jsonb;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "measurements" ADD COLUMN "publication" "record_status" DEFAULT 'DRAFT' NOT NULL;--> statement-breakpoint
ALTER TABLE "measurements" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "measurements" ADD COLUMN "pending" jsonb;--> statement-breakpoint
ALTER TABLE "measurements" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "offerings" ADD COLUMN "publication" "record_status" DEFAULT 'DRAFT' NOT NULL;--> statement-breakpoint
ALTER TABLE "offerings" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "offerings" ADD COLUMN "pending" jsonb;--> statement-breakpoint
ALTER TABLE "offerings" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "publication" "record_status" DEFAULT 'DRAFT' NOT NULL;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "pending" jsonb;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "change_history_entity_entity_id_index" ON "change_history" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "change_history_at_index" ON "change_history" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "basutbud_versions_valid_from_live" ON "basutbud_versions" USING btree ("valid_from") WHERE publication <> 'RETRACTED';--> statement-breakpoint
CREATE UNIQUE INDEX "care_units_hsa_id_live" ON "care_units" USING btree ("hsa_id") WHERE publication <> 'RETRACTED';--> statement-breakpoint
CREATE UNIQUE INDEX "measurements_natural_key_live" ON "measurements" USING btree ("metric_code","period",coalesce("sex", 'T'),coalesce("care_unit_id", 0)) WHERE publication <> 'RETRACTED';--> statement-breakpoint
-- Rows from before draft and publish existed were served by the federated schema: keep them published.
UPDATE "action_plans" SET "publication" = 'PUBLISHED', "published_at" = now();--> statement-breakpoint
UPDATE "activities" SET "publication" = 'PUBLISHED', "published_at" = now();--> statement-breakpoint
UPDATE "audits" SET "publication" = 'PUBLISHED', "published_at" = now();--> statement-breakpoint
UPDATE "basutbud_versions" SET "publication" = 'PUBLISHED', "published_at" = now();--> statement-breakpoint
UPDATE "care_units" SET "publication" = 'PUBLISHED', "published_at" = now();--> statement-breakpoint
UPDATE "decisions" SET "publication" = 'PUBLISHED', "published_at" = now();--> statement-breakpoint
UPDATE "goals" SET "publication" = 'PUBLISHED', "published_at" = now();--> statement-breakpoint
UPDATE "measurements" SET "publication" = 'PUBLISHED', "published_at" = now();--> statement-breakpoint
UPDATE "offerings" SET "publication" = 'PUBLISHED', "published_at" = now();--> statement-breakpoint
UPDATE "recommendations" SET "publication" = 'PUBLISHED', "published_at" = now();--> statement-breakpoint
-- The change history is append-only, whoever writes to the database.
CREATE FUNCTION change_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'change_history is append-only';
END;
$$;--> statement-breakpoint
CREATE TRIGGER change_history_no_update_or_delete BEFORE UPDATE OR DELETE OR TRUNCATE ON "change_history"
  FOR EACH STATEMENT EXECUTE FUNCTION change_history_append_only();
