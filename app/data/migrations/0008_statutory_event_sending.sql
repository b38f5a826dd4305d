ALTER TABLE "statutory_events" ADD COLUMN "sent_by" text;--> statement-breakpoint
ALTER TABLE "statutory_events" ADD COLUMN "sent_on" date;--> statement-breakpoint
ALTER TABLE "statutory_events" ADD COLUMN "sent_after_5pm" boolean;