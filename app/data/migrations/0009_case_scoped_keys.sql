-- A record can point only at a record of its own case: every reference between two case tables
-- is also a composite foreign key (case_id, x_id) -> (case_id, id). Decision 027.
-- Written by hand: drizzle cannot say ON DELETE SET NULL (column), which keeps case_id when the
-- record pointed at is deleted. The single-column keys in schema.ts stay as they are. The
-- "carried forward from" pointers of cycles, targets and provisions were never keys and stay so.
--
-- First, references that already point into another case (only a bug could have made one) are
-- cleared where they may be empty, so the keys can be added on any existing database.
UPDATE "cycles" c SET "school_plan_document_id" = NULL WHERE c."school_plan_document_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "documents" p WHERE p.id = c."school_plan_document_id" AND p.case_id = c.case_id);
--> statement-breakpoint
DELETE FROM "targets" c WHERE NOT EXISTS (SELECT 1 FROM "cycles" p WHERE p.id = c."cycle_id" AND p.case_id = c.case_id);
--> statement-breakpoint
DELETE FROM "provisions" c WHERE NOT EXISTS (SELECT 1 FROM "cycles" p WHERE p.id = c."cycle_id" AND p.case_id = c.case_id);
--> statement-breakpoint
UPDATE "provisions" c SET "target_id" = NULL WHERE c."target_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "targets" p WHERE p.id = c."target_id" AND p.case_id = c.case_id);
--> statement-breakpoint
DELETE FROM "delivery_sessions" c WHERE NOT EXISTS (SELECT 1 FROM "provisions" p WHERE p.id = c."provision_id" AND p.case_id = c.case_id);
--> statement-breakpoint
DELETE FROM "reviews" c WHERE NOT EXISTS (SELECT 1 FROM "cycles" p WHERE p.id = c."cycle_id" AND p.case_id = c.case_id);
--> statement-breakpoint
UPDATE "referrals" c SET "professional_id" = NULL WHERE c."professional_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "professionals" p WHERE p.id = c."professional_id" AND p.case_id = c.case_id);
--> statement-breakpoint
UPDATE "reports" c SET "professional_id" = NULL WHERE c."professional_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "professionals" p WHERE p.id = c."professional_id" AND p.case_id = c.case_id);
--> statement-breakpoint
UPDATE "reports" c SET "document_id" = NULL WHERE c."document_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "documents" p WHERE p.id = c."document_id" AND p.case_id = c.case_id);
--> statement-breakpoint
DELETE FROM "recommendations" c WHERE NOT EXISTS (SELECT 1 FROM "reports" p WHERE p.id = c."report_id" AND p.case_id = c.case_id);
--> statement-breakpoint
DELETE FROM "recommendation_provisions" c WHERE NOT EXISTS (SELECT 1 FROM "recommendations" p WHERE p.id = c."recommendation_id" AND p.case_id = c.case_id);
--> statement-breakpoint
DELETE FROM "recommendation_provisions" c WHERE NOT EXISTS (SELECT 1 FROM "provisions" p WHERE p.id = c."provision_id" AND p.case_id = c.case_id);
--> statement-breakpoint
DELETE FROM "meeting_actions" c WHERE NOT EXISTS (SELECT 1 FROM "meetings" p WHERE p.id = c."meeting_id" AND p.case_id = c.case_id);
--> statement-breakpoint
UPDATE "correspondence" c SET "meeting_id" = NULL WHERE c."meeting_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "meetings" p WHERE p.id = c."meeting_id" AND p.case_id = c.case_id);
--> statement-breakpoint
UPDATE "correspondence" c SET "document_id" = NULL WHERE c."document_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "documents" p WHERE p.id = c."document_id" AND p.case_id = c.case_id);
--> statement-breakpoint
UPDATE "letters" c SET "correspondence_id" = NULL WHERE c."correspondence_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "correspondence" p WHERE p.id = c."correspondence_id" AND p.case_id = c.case_id);
--> statement-breakpoint
UPDATE "statutory_events" c SET "document_id" = NULL WHERE c."document_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "documents" p WHERE p.id = c."document_id" AND p.case_id = c.case_id);
--> statement-breakpoint
UPDATE "ehc_plans" c SET "document_id" = NULL WHERE c."document_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "documents" p WHERE p.id = c."document_id" AND p.case_id = c.case_id);
--> statement-breakpoint
DELETE FROM "ehc_plan_lines" c WHERE NOT EXISTS (SELECT 1 FROM "ehc_plans" p WHERE p.id = c."plan_id" AND p.case_id = c.case_id);
--> statement-breakpoint
DELETE FROM "share_links" c WHERE NOT EXISTS (SELECT 1 FROM "evidence_packs" p WHERE p.id = c."pack_id" AND p.case_id = c.case_id);
--> statement-breakpoint
ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_case_id_id_key" UNIQUE ("case_id", "id");
--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_case_id_id_key" UNIQUE ("case_id", "id");
--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_case_id_id_key" UNIQUE ("case_id", "id");
--> statement-breakpoint
ALTER TABLE "ehc_plans" ADD CONSTRAINT "ehc_plans_case_id_id_key" UNIQUE ("case_id", "id");
--> statement-breakpoint
ALTER TABLE "evidence_packs" ADD CONSTRAINT "evidence_packs_case_id_id_key" UNIQUE ("case_id", "id");
--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_case_id_id_key" UNIQUE ("case_id", "id");
--> statement-breakpoint
ALTER TABLE "professionals" ADD CONSTRAINT "professionals_case_id_id_key" UNIQUE ("case_id", "id");
--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_case_id_id_key" UNIQUE ("case_id", "id");
--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_case_id_id_key" UNIQUE ("case_id", "id");
--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_case_id_id_key" UNIQUE ("case_id", "id");
--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_case_id_id_key" UNIQUE ("case_id", "id");
--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_school_plan_document_id_same_case_fk" FOREIGN KEY ("case_id", "school_plan_document_id") REFERENCES "documents" ("case_id", "id") ON DELETE SET NULL ("school_plan_document_id");
--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_cycle_id_same_case_fk" FOREIGN KEY ("case_id", "cycle_id") REFERENCES "cycles" ("case_id", "id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_cycle_id_same_case_fk" FOREIGN KEY ("case_id", "cycle_id") REFERENCES "cycles" ("case_id", "id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_target_id_same_case_fk" FOREIGN KEY ("case_id", "target_id") REFERENCES "targets" ("case_id", "id") ON DELETE SET NULL ("target_id");
--> statement-breakpoint
ALTER TABLE "delivery_sessions" ADD CONSTRAINT "delivery_sessions_provision_id_same_case_fk" FOREIGN KEY ("case_id", "provision_id") REFERENCES "provisions" ("case_id", "id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_cycle_id_same_case_fk" FOREIGN KEY ("case_id", "cycle_id") REFERENCES "cycles" ("case_id", "id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_professional_id_same_case_fk" FOREIGN KEY ("case_id", "professional_id") REFERENCES "professionals" ("case_id", "id") ON DELETE SET NULL ("professional_id");
--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_professional_id_same_case_fk" FOREIGN KEY ("case_id", "professional_id") REFERENCES "professionals" ("case_id", "id") ON DELETE SET NULL ("professional_id");
--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_document_id_same_case_fk" FOREIGN KEY ("case_id", "document_id") REFERENCES "documents" ("case_id", "id") ON DELETE SET NULL ("document_id");
--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_report_id_same_case_fk" FOREIGN KEY ("case_id", "report_id") REFERENCES "reports" ("case_id", "id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "recommendation_provisions" ADD CONSTRAINT "recommendation_provisions_recommendation_id_same_case_fk" FOREIGN KEY ("case_id", "recommendation_id") REFERENCES "recommendations" ("case_id", "id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "recommendation_provisions" ADD CONSTRAINT "recommendation_provisions_provision_id_same_case_fk" FOREIGN KEY ("case_id", "provision_id") REFERENCES "provisions" ("case_id", "id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "meeting_actions" ADD CONSTRAINT "meeting_actions_meeting_id_same_case_fk" FOREIGN KEY ("case_id", "meeting_id") REFERENCES "meetings" ("case_id", "id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_meeting_id_same_case_fk" FOREIGN KEY ("case_id", "meeting_id") REFERENCES "meetings" ("case_id", "id") ON DELETE SET NULL ("meeting_id");
--> statement-breakpoint
ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_document_id_same_case_fk" FOREIGN KEY ("case_id", "document_id") REFERENCES "documents" ("case_id", "id") ON DELETE SET NULL ("document_id");
--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_correspondence_id_same_case_fk" FOREIGN KEY ("case_id", "correspondence_id") REFERENCES "correspondence" ("case_id", "id") ON DELETE SET NULL ("correspondence_id");
--> statement-breakpoint
ALTER TABLE "statutory_events" ADD CONSTRAINT "statutory_events_document_id_same_case_fk" FOREIGN KEY ("case_id", "document_id") REFERENCES "documents" ("case_id", "id") ON DELETE SET NULL ("document_id");
--> statement-breakpoint
ALTER TABLE "ehc_plans" ADD CONSTRAINT "ehc_plans_document_id_same_case_fk" FOREIGN KEY ("case_id", "document_id") REFERENCES "documents" ("case_id", "id") ON DELETE SET NULL ("document_id");
--> statement-breakpoint
ALTER TABLE "ehc_plan_lines" ADD CONSTRAINT "ehc_plan_lines_plan_id_same_case_fk" FOREIGN KEY ("case_id", "plan_id") REFERENCES "ehc_plans" ("case_id", "id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_pack_id_same_case_fk" FOREIGN KEY ("case_id", "pack_id") REFERENCES "evidence_packs" ("case_id", "id") ON DELETE CASCADE;
