ALTER TABLE "share_links" ALTER COLUMN "pack_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "share_links" ADD COLUMN "appeal_id" uuid;--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_one_thing" CHECK (num_nonnulls("share_links"."pack_id", "share_links"."appeal_id") = 1);--> statement-breakpoint
-- Written by hand (decision 027): a link to an appeal's bundle points only at an appeal of its own case.
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_appeal_id_same_case_fk" FOREIGN KEY ("case_id", "appeal_id") REFERENCES "appeals" ("case_id", "id") ON DELETE CASCADE;
