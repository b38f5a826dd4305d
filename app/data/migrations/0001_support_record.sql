CREATE TABLE "adjustments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"description" text NOT NULL,
	"requested_on" date,
	"requested_by" text,
	"status" text DEFAULT 'requested' NOT NULL,
	"responded_on" date,
	"reason" text,
	"review_note" text,
	"area" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text DEFAULT 'sen_support' NOT NULL,
	"title" text,
	"start_date" date NOT NULL,
	"review_date" date,
	"carried_forward_from" uuid,
	"assessment_summary" text,
	"assessed_by" text,
	"assessment_date" date,
	"assessment_findings" text,
	"school_plan_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delivery_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"provision_id" uuid NOT NULL,
	"date" date NOT NULL,
	"status" text DEFAULT 'unknown' NOT NULL,
	"cancel_reason" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "diary_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"date" date NOT NULL,
	"text" text NOT NULL,
	"areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"date" date NOT NULL,
	"value" numeric NOT NULL,
	"unit" text,
	"expected_value" numeric,
	"scale_min" numeric,
	"scale_max" numeric,
	"higher_is_better" boolean DEFAULT true NOT NULL,
	"area" text,
	"source" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"target_id" uuid,
	"what" text NOT NULL,
	"who" text,
	"frequency" text,
	"sessions_per_week" numeric,
	"duration_minutes" integer,
	"group_size" text,
	"start_date" date,
	"end_date" date,
	"provision_map_note" text,
	"provision_map_sessions" integer,
	"carried_forward_from" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"date" date NOT NULL,
	"parent_attended" boolean,
	"target_progress" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"overall_progress" text,
	"what_worked" text,
	"barriers" text,
	"child_views" text,
	"parent_views" text,
	"provision_effectiveness" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decision" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"text" text NOT NULL,
	"area" text,
	"carried_forward_from" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_sessions" ADD CONSTRAINT "delivery_sessions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_sessions" ADD CONSTRAINT "delivery_sessions_provision_id_provisions_id_fk" FOREIGN KEY ("provision_id") REFERENCES "public"."provisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_entries" ADD CONSTRAINT "diary_entries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adjustments_case_idx" ON "adjustments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "cycles_case_idx" ON "cycles" USING btree ("case_id","start_date");--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_sessions_provision_date_key" ON "delivery_sessions" USING btree ("provision_id","date");--> statement-breakpoint
CREATE INDEX "delivery_sessions_case_idx" ON "delivery_sessions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "diary_entries_case_idx" ON "diary_entries" USING btree ("case_id","date");--> statement-breakpoint
CREATE INDEX "measurements_case_idx" ON "measurements" USING btree ("case_id","label","date");--> statement-breakpoint
CREATE INDEX "provisions_cycle_idx" ON "provisions" USING btree ("cycle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_cycle_key" ON "reviews" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "targets_cycle_idx" ON "targets" USING btree ("cycle_id");