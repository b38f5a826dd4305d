CREATE TABLE "school_day_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"end_date" date,
	"sessions" integer,
	"first_session" text,
	"time" text,
	"school_said" text,
	"notice_received_on" date,
	"board_told_on" date,
	"would_miss_public_exam" boolean DEFAULT false NOT NULL,
	"made_representations" boolean DEFAULT false NOT NULL,
	"decision_told_on" date,
	"education_arranged_from" date,
	"sessions_per_week" integer,
	"hours_per_day" numeric,
	"review_date" date,
	"agreed_by" text,
	"parent_agreed" boolean,
	"restraint_type" text,
	"parent_told_on" date,
	"parent_told_by" text,
	"told_in_writing" boolean,
	"absence_reason" text,
	"attendance_code" text,
	"amount" integer,
	"notes" text,
	"document_id" uuid,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(school_said, '') || ' ' || coalesce(notes, '') || ' ' || coalesce(agreed_by, '') || ' ' || coalesce(parent_told_by, '') || ' ' || coalesce(time, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "school_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "school_day_events" ADD CONSTRAINT "school_day_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_day_events" ADD CONSTRAINT "school_day_events_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_terms" ADD CONSTRAINT "school_terms_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "school_day_events_case_idx" ON "school_day_events" USING btree ("case_id","date");--> statement-breakpoint
CREATE INDEX "school_day_events_search_idx" ON "school_day_events" USING gin ("search");--> statement-breakpoint
CREATE INDEX "school_terms_case_idx" ON "school_terms" USING btree ("case_id","start_date");--> statement-breakpoint
-- Written by hand (decision 027): a school-day record's document is one of its own case.
ALTER TABLE "school_day_events" ADD CONSTRAINT "school_day_events_document_id_same_case_fk" FOREIGN KEY ("case_id", "document_id") REFERENCES "documents" ("case_id", "id") ON DELETE SET NULL ("document_id");--> statement-breakpoint
-- Every change to a case's records raises cases.version (migration 0003), so cached views see it.
CREATE TRIGGER school_day_events_touch_case AFTER INSERT OR UPDATE OR DELETE ON school_day_events FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();--> statement-breakpoint
CREATE TRIGGER school_terms_touch_case AFTER INSERT OR UPDATE OR DELETE ON school_terms FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
