CREATE TABLE "appeal_bundle_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"appeal_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"section" text NOT NULL,
	"pages" integer NOT NULL,
	"kind" text DEFAULT 'document' NOT NULL,
	"summary_pages" integer,
	"report_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_dates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"appeal_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"label" text,
	"notes" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(label, '') || ' ' || coalesce(notes, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"appeal_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"appeal_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"made_on" date NOT NULL,
	"not_opposed_on" date,
	"notes" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(notes, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"appeal_id" uuid NOT NULL,
	"section" text NOT NULL,
	"plan_line_id" uuid,
	"original_text" text,
	"proposed_text" text,
	"kind" text NOT NULL,
	"reason" text,
	"evidence_pages" text,
	"position" integer NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(original_text, '') || ' ' || coalesce(proposed_text, '') || ' ' || coalesce(reason, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_statement_paragraphs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"appeal_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"date" date,
	"text" text NOT NULL,
	"exhibit_document_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(text, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"decision_event_id" uuid,
	"appeal_type" text NOT NULL,
	"sections" text[] DEFAULT '{}'::text[] NOT NULL,
	"wants_recommendations" boolean DEFAULT false NOT NULL,
	"mediation" text DEFAULT 'no_certificate_yet' NOT NULL,
	"mediation_certificate_on" date,
	"submitted_on" date,
	"registered_on" date,
	"tribunal_reference" text,
	"status" text DEFAULT 'preparing' NOT NULL,
	"notes" text,
	"bundle_fixed" jsonb,
	"bundle_fixed_on" date,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(tribunal_reference, '') || ' ' || coalesce(notes, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appeal_bundle_items" ADD CONSTRAINT "appeal_bundle_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_bundle_items" ADD CONSTRAINT "appeal_bundle_items_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_bundle_items" ADD CONSTRAINT "appeal_bundle_items_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_dates" ADD CONSTRAINT "appeal_dates_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_dates" ADD CONSTRAINT "appeal_dates_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_documents" ADD CONSTRAINT "appeal_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_documents" ADD CONSTRAINT "appeal_documents_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_orders" ADD CONSTRAINT "appeal_orders_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_orders" ADD CONSTRAINT "appeal_orders_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_proposals" ADD CONSTRAINT "appeal_proposals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_proposals" ADD CONSTRAINT "appeal_proposals_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_proposals" ADD CONSTRAINT "appeal_proposals_plan_line_id_ehc_plan_lines_id_fk" FOREIGN KEY ("plan_line_id") REFERENCES "public"."ehc_plan_lines"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_statement_paragraphs" ADD CONSTRAINT "appeal_statement_paragraphs_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_statement_paragraphs" ADD CONSTRAINT "appeal_statement_paragraphs_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_decision_event_id_statutory_events_id_fk" FOREIGN KEY ("decision_event_id") REFERENCES "public"."statutory_events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appeal_bundle_items_appeal_document_key" ON "appeal_bundle_items" USING btree ("appeal_id","document_id");--> statement-breakpoint
CREATE INDEX "appeal_bundle_items_case_idx" ON "appeal_bundle_items" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "appeal_dates_appeal_idx" ON "appeal_dates" USING btree ("appeal_id","date");--> statement-breakpoint
CREATE INDEX "appeal_dates_case_idx" ON "appeal_dates" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "appeal_dates_search_idx" ON "appeal_dates" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "appeal_documents_version_key" ON "appeal_documents" USING btree ("appeal_id","kind","version");--> statement-breakpoint
CREATE INDEX "appeal_documents_case_idx" ON "appeal_documents" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "appeal_orders_appeal_key" ON "appeal_orders" USING btree ("appeal_id");--> statement-breakpoint
CREATE INDEX "appeal_orders_case_idx" ON "appeal_orders" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "appeal_orders_search_idx" ON "appeal_orders" USING gin ("search");--> statement-breakpoint
CREATE INDEX "appeal_proposals_appeal_idx" ON "appeal_proposals" USING btree ("appeal_id","position");--> statement-breakpoint
CREATE INDEX "appeal_proposals_case_idx" ON "appeal_proposals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "appeal_proposals_search_idx" ON "appeal_proposals" USING gin ("search");--> statement-breakpoint
CREATE INDEX "appeal_statement_paragraphs_appeal_idx" ON "appeal_statement_paragraphs" USING btree ("appeal_id","position");--> statement-breakpoint
CREATE INDEX "appeal_statement_paragraphs_case_idx" ON "appeal_statement_paragraphs" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "appeal_statement_paragraphs_search_idx" ON "appeal_statement_paragraphs" USING gin ("search");--> statement-breakpoint
CREATE INDEX "appeals_case_idx" ON "appeals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "appeals_search_idx" ON "appeals" USING gin ("search");--> statement-breakpoint
-- Written by hand (decision 027): an appeal's records point only within their own case. The
-- decision appealed, a proposal's plan line and a bundle's document are of the same case; the
-- appeal's own records follow it.
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_case_id_id_key" UNIQUE ("case_id", "id");--> statement-breakpoint
ALTER TABLE "statutory_events" ADD CONSTRAINT "statutory_events_case_id_id_key" UNIQUE ("case_id", "id");--> statement-breakpoint
ALTER TABLE "ehc_plan_lines" ADD CONSTRAINT "ehc_plan_lines_case_id_id_key" UNIQUE ("case_id", "id");--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_decision_event_id_same_case_fk" FOREIGN KEY ("case_id", "decision_event_id") REFERENCES "statutory_events" ("case_id", "id") ON DELETE SET NULL ("decision_event_id");--> statement-breakpoint
ALTER TABLE "appeal_dates" ADD CONSTRAINT "appeal_dates_appeal_id_same_case_fk" FOREIGN KEY ("case_id", "appeal_id") REFERENCES "appeals" ("case_id", "id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "appeal_bundle_items" ADD CONSTRAINT "appeal_bundle_items_appeal_id_same_case_fk" FOREIGN KEY ("case_id", "appeal_id") REFERENCES "appeals" ("case_id", "id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "appeal_bundle_items" ADD CONSTRAINT "appeal_bundle_items_document_id_same_case_fk" FOREIGN KEY ("case_id", "document_id") REFERENCES "documents" ("case_id", "id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "appeal_proposals" ADD CONSTRAINT "appeal_proposals_appeal_id_same_case_fk" FOREIGN KEY ("case_id", "appeal_id") REFERENCES "appeals" ("case_id", "id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "appeal_proposals" ADD CONSTRAINT "appeal_proposals_plan_line_id_same_case_fk" FOREIGN KEY ("case_id", "plan_line_id") REFERENCES "ehc_plan_lines" ("case_id", "id") ON DELETE SET NULL ("plan_line_id");--> statement-breakpoint
ALTER TABLE "appeal_documents" ADD CONSTRAINT "appeal_documents_appeal_id_same_case_fk" FOREIGN KEY ("case_id", "appeal_id") REFERENCES "appeals" ("case_id", "id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "appeal_statement_paragraphs" ADD CONSTRAINT "appeal_statement_paragraphs_appeal_id_same_case_fk" FOREIGN KEY ("case_id", "appeal_id") REFERENCES "appeals" ("case_id", "id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "appeal_orders" ADD CONSTRAINT "appeal_orders_appeal_id_same_case_fk" FOREIGN KEY ("case_id", "appeal_id") REFERENCES "appeals" ("case_id", "id") ON DELETE CASCADE;--> statement-breakpoint
-- Every change to a case's records raises cases.version (migration 0003), so cached views see it.
CREATE TRIGGER appeals_touch_case AFTER INSERT OR UPDATE OR DELETE ON appeals FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();--> statement-breakpoint
CREATE TRIGGER appeal_dates_touch_case AFTER INSERT OR UPDATE OR DELETE ON appeal_dates FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();--> statement-breakpoint
CREATE TRIGGER appeal_bundle_items_touch_case AFTER INSERT OR UPDATE OR DELETE ON appeal_bundle_items FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();--> statement-breakpoint
CREATE TRIGGER appeal_proposals_touch_case AFTER INSERT OR UPDATE OR DELETE ON appeal_proposals FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();--> statement-breakpoint
CREATE TRIGGER appeal_documents_touch_case AFTER INSERT OR UPDATE OR DELETE ON appeal_documents FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();--> statement-breakpoint
CREATE TRIGGER appeal_statement_paragraphs_touch_case AFTER INSERT OR UPDATE OR DELETE ON appeal_statement_paragraphs FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();--> statement-breakpoint
CREATE TRIGGER appeal_orders_touch_case AFTER INSERT OR UPDATE OR DELETE ON appeal_orders FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
