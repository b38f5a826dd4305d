CREATE TABLE "statutory_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"type" text NOT NULL,
	"date" date NOT NULL,
	"transfer" text,
	"key" text,
	"notes" text,
	"document_id" uuid,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(type, '') || ' ' || coalesce(notes, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "statutory_events" ADD CONSTRAINT "statutory_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statutory_events" ADD CONSTRAINT "statutory_events_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statutory_events_case_idx" ON "statutory_events" USING btree ("case_id","date");--> statement-breakpoint
CREATE TRIGGER statutory_events_touch_case AFTER INSERT OR UPDATE OR DELETE ON statutory_events FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();