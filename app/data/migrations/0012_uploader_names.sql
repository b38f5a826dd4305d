ALTER TABLE "documents" ADD COLUMN "uploaded_by_name" text;--> statement-breakpoint
-- Documents added before this kept only the uploader's account: their name comes from it, where it still exists.
UPDATE "documents" SET "uploaded_by_name" = "users"."name" FROM "users" WHERE "users"."id" = "documents"."uploaded_by";
