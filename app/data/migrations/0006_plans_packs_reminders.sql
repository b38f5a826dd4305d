CREATE TABLE "ehc_plan_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"section" text NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"area" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(text, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ehc_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"title" text NOT NULL,
	"issued_on" date,
	"document_id" uuid,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(title, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_packs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"purpose" text,
	"document_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"include_chronology" boolean DEFAULT true NOT NULL,
	"include_summary" boolean DEFAULT true NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(purpose, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "family_priorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"text" text NOT NULL,
	"area" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(text, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reminders_sent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"subject_key" text NOT NULL,
	"due" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_calendars" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"feed_token_hash" text,
	"reminders_on" boolean DEFAULT true NOT NULL,
	"remind_days_before" integer DEFAULT 7 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ehc_plan_lines" ADD CONSTRAINT "ehc_plan_lines_plan_id_ehc_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."ehc_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ehc_plan_lines" ADD CONSTRAINT "ehc_plan_lines_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ehc_plans" ADD CONSTRAINT "ehc_plans_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ehc_plans" ADD CONSTRAINT "ehc_plans_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_packs" ADD CONSTRAINT "evidence_packs_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_priorities" ADD CONSTRAINT "family_priorities_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders_sent" ADD CONSTRAINT "reminders_sent_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders_sent" ADD CONSTRAINT "reminders_sent_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_calendars" ADD CONSTRAINT "user_calendars_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ehc_plan_lines_plan_idx" ON "ehc_plan_lines" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "ehc_plan_lines_case_idx" ON "ehc_plan_lines" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "ehc_plans_case_idx" ON "ehc_plans" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "evidence_packs_case_idx" ON "evidence_packs" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "family_priorities_case_idx" ON "family_priorities" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_sent_key" ON "reminders_sent" USING btree ("user_id","case_id","subject_key","due");--> statement-breakpoint
CREATE UNIQUE INDEX "user_calendars_feed_token_key" ON "user_calendars" USING btree ("feed_token_hash");--> statement-breakpoint
CREATE TRIGGER ehc_plans_touch_case AFTER INSERT OR UPDATE OR DELETE ON ehc_plans FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER ehc_plan_lines_touch_case AFTER INSERT OR UPDATE OR DELETE ON ehc_plan_lines FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER family_priorities_touch_case AFTER INSERT OR UPDATE OR DELETE ON family_priorities FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER evidence_packs_touch_case AFTER INSERT OR UPDATE OR DELETE ON evidence_packs FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
