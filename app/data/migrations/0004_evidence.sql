CREATE TABLE "correspondence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"date" date NOT NULL,
	"channel" text DEFAULT 'email' NOT NULL,
	"from_party" text,
	"to_party" text,
	"subject" text,
	"body" text,
	"kind" text,
	"reply_by" date,
	"replied_on" date,
	"in_reply_to" uuid,
	"meeting_id" uuid,
	"document_id" uuid,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(from_party, '') || ' ' || coalesce(to_party, '') || ' ' || coalesce(subject, '') || ' ' || coalesce(body, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"date" date,
	"date_source" text,
	"source" text DEFAULT 'other' NOT NULL,
	"author" text,
	"areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"text" text,
	"extraction_note" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(author, '') || ' ' || coalesce(file_name, '') || ' ' || coalesce(text, ''))) STORED,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sender_name" text,
	"sender_address" text,
	"recipient_name" text,
	"recipient_address" text,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"reply_within_days" integer,
	"sent_on" date,
	"correspondence_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"description" text NOT NULL,
	"owner" text,
	"due_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	"done_on" date,
	"position" integer DEFAULT 0 NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(description, '') || ' ' || coalesce(owner, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"date" date NOT NULL,
	"kind" text DEFAULT 'other' NOT NULL,
	"title" text,
	"attendees" text[] DEFAULT '{}'::text[] NOT NULL,
	"parent_attended" boolean DEFAULT true NOT NULL,
	"questions" text,
	"picked_questions" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"agreed" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(questions, '') || ' ' || coalesce(notes, '') || ' ' || coalesce(agreed, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "professionals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"organisation" text,
	"email" text,
	"phone" text,
	"involved_from" date,
	"notes" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(name, '') || ' ' || coalesce(organisation, '') || ' ' || coalesce(notes, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendation_provisions" (
	"case_id" uuid NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"provision_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"text" text NOT NULL,
	"area" text,
	"what" text,
	"who" text,
	"frequency" text,
	"duration" text,
	"status" text DEFAULT 'suggested' NOT NULL,
	"in_ehc_plan" boolean,
	"is_being_delivered" boolean,
	"position" integer DEFAULT 0 NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(text, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"service" text NOT NULL,
	"professional_id" uuid,
	"requested_by" text,
	"requested_on" date,
	"status" text DEFAULT 'requested' NOT NULL,
	"seen_on" date,
	"notes" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(requested_by, '') || ' ' || coalesce(notes, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"professional_id" uuid,
	"author" text,
	"date" date,
	"document_id" uuid,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(author, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "adjustments" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(description, '') || ' ' || coalesce(requested_by, '') || ' ' || coalesce(reason, '') || ' ' || coalesce(review_note, ''))) STORED;--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "school_plan_document_id" uuid;--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(assessment_summary, '') || ' ' || coalesce(assessed_by, '') || ' ' || coalesce(assessment_findings, '') || ' ' || coalesce(school_plan_note, ''))) STORED;--> statement-breakpoint
ALTER TABLE "delivery_sessions" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(note, ''))) STORED;--> statement-breakpoint
ALTER TABLE "diagnoses" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(name, '') || ' ' || coalesce(made_by, ''))) STORED;--> statement-breakpoint
ALTER TABLE "diary_entries" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(text, ''))) STORED;--> statement-breakpoint
ALTER TABLE "measurements" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(label, '') || ' ' || coalesce(source, '') || ' ' || coalesce(notes, ''))) STORED;--> statement-breakpoint
ALTER TABLE "needs" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(other_signs, '') || ' ' || coalesce(notes, ''))) STORED;--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(what, '') || ' ' || coalesce(who, '') || ' ' || coalesce(frequency, '') || ' ' || coalesce(provision_map_note, ''))) STORED;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(what_worked, '') || ' ' || coalesce(barriers, '') || ' ' || coalesce(child_views, '') || ' ' || coalesce(parent_views, ''))) STORED;--> statement-breakpoint
ALTER TABLE "targets" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(text, ''))) STORED;--> statement-breakpoint
ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_correspondence_id_correspondence_id_fk" FOREIGN KEY ("correspondence_id") REFERENCES "public"."correspondence"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_actions" ADD CONSTRAINT "meeting_actions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_actions" ADD CONSTRAINT "meeting_actions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "professionals" ADD CONSTRAINT "professionals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_provisions" ADD CONSTRAINT "recommendation_provisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_provisions" ADD CONSTRAINT "recommendation_provisions_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_provisions" ADD CONSTRAINT "recommendation_provisions_provision_id_provisions_id_fk" FOREIGN KEY ("provision_id") REFERENCES "public"."provisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_professional_id_professionals_id_fk" FOREIGN KEY ("professional_id") REFERENCES "public"."professionals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_professional_id_professionals_id_fk" FOREIGN KEY ("professional_id") REFERENCES "public"."professionals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "correspondence_case_idx" ON "correspondence" USING btree ("case_id","date");--> statement-breakpoint
CREATE INDEX "documents_case_idx" ON "documents" USING btree ("case_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_storage_key" ON "documents" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "documents_search_idx" ON "documents" USING gin ("search");--> statement-breakpoint
CREATE INDEX "letters_case_idx" ON "letters" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "meeting_actions_meeting_idx" ON "meeting_actions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_actions_case_idx" ON "meeting_actions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "meetings_case_idx" ON "meetings" USING btree ("case_id","date");--> statement-breakpoint
CREATE INDEX "professionals_case_idx" ON "professionals" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "recommendation_provisions_key" ON "recommendation_provisions" USING btree ("recommendation_id","provision_id");--> statement-breakpoint
CREATE INDEX "recommendation_provisions_provision_idx" ON "recommendation_provisions" USING btree ("provision_id");--> statement-breakpoint
CREATE INDEX "recommendations_report_idx" ON "recommendations" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "recommendations_case_idx" ON "recommendations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "referrals_case_idx" ON "referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "reports_case_idx" ON "reports" USING btree ("case_id","date");--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_school_plan_document_id_documents_id_fk" FOREIGN KEY ("school_plan_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE TRIGGER documents_touch_case AFTER INSERT OR UPDATE OR DELETE ON documents FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER professionals_touch_case AFTER INSERT OR UPDATE OR DELETE ON professionals FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER referrals_touch_case AFTER INSERT OR UPDATE OR DELETE ON referrals FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER reports_touch_case AFTER INSERT OR UPDATE OR DELETE ON reports FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER recommendations_touch_case AFTER INSERT OR UPDATE OR DELETE ON recommendations FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER recommendation_provisions_touch_case AFTER INSERT OR UPDATE OR DELETE ON recommendation_provisions FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER meetings_touch_case AFTER INSERT OR UPDATE OR DELETE ON meetings FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER meeting_actions_touch_case AFTER INSERT OR UPDATE OR DELETE ON meeting_actions FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER correspondence_touch_case AFTER INSERT OR UPDATE OR DELETE ON correspondence FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER letters_touch_case AFTER INSERT OR UPDATE OR DELETE ON letters FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
