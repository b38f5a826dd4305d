ALTER TABLE "documents" ADD COLUMN "metadata_date" date;--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "session_weekdays" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
-- One "how often": where a line has its number of sessions a week, that number is the record, and
-- the plan's words beside it go (a line with words but no number keeps them until it is next
-- edited, when the form reads them into the number).
UPDATE "provisions" SET "frequency" = NULL WHERE "sessions_per_week" IS NOT NULL AND "frequency" IS NOT NULL;
