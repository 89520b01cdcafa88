ALTER TABLE "audits" ADD COLUMN "title_inferred" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "audits" ADD COLUMN "year_inferred" boolean DEFAULT false NOT NULL;