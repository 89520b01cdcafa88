CREATE TYPE "public"."metric_unit" AS ENUM('PERCENT', 'COUNT', 'MINUTES', 'INDEX');--> statement-breakpoint
CREATE TYPE "public"."service_kind" AS ENUM('E_SERVICE', 'PHONE', 'WEB', 'VIDEO', 'REGIONAL');--> statement-breakpoint
CREATE TABLE "metrics" (
	"code" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"unit" "metric_unit" NOT NULL,
	"higher_is_better" boolean NOT NULL,
	"definition" text NOT NULL,
	"source_document" text,
	"source_dnr" text,
	"source_quote" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"code" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"kind" "service_kind" NOT NULL,
	"description" text,
	"region_codes" text[] DEFAULT '{}' NOT NULL,
	"source_document" text,
	"source_dnr" text,
	"source_quote" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
