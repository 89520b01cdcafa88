ALTER TABLE "metrics" ALTER COLUMN "unit" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "metrics" ADD COLUMN "note" text;