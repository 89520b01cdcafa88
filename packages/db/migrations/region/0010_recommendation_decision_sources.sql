ALTER TABLE "recommendation_decisions" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "recommendation_decisions" ADD COLUMN "source_document" text;--> statement-breakpoint
ALTER TABLE "recommendation_decisions" ADD COLUMN "source_dnr" text;--> statement-breakpoint
ALTER TABLE "recommendation_decisions" ADD COLUMN "source_quote" text;