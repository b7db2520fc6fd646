CREATE TABLE "report_targets" (
	"body_id" uuid NOT NULL,
	"target_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"indicator" text NOT NULL,
	"quantity" double precision NOT NULL,
	"unit" text NOT NULL,
	"comparison" text NOT NULL,
	"year" integer NOT NULL,
	"sentence" text NOT NULL,
	"sentence_offset" integer,
	"origin" text NOT NULL,
	"status" text NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_targets_body_id_target_id_pk" PRIMARY KEY("body_id","target_id")
);
--> statement-breakpoint
CREATE TABLE "target_evidence" (
	"body_id" uuid NOT NULL,
	"evidence_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"progress_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage" text NOT NULL,
	"content" "bytea",
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "target_evidence_body_id_evidence_id_pk" PRIMARY KEY("body_id","evidence_id")
);
--> statement-breakpoint
CREATE TABLE "target_progress" (
	"body_id" uuid NOT NULL,
	"progress_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"target_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"text" text NOT NULL,
	"current_value" text,
	"percent" integer,
	"status" text NOT NULL,
	"reported_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "target_progress_body_id_progress_id_pk" PRIMARY KEY("body_id","progress_id")
);
--> statement-breakpoint
CREATE TABLE "target_proposals" (
	"body_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"raised_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "target_proposals_body_id_target_id_proposal_id_pk" PRIMARY KEY("body_id","target_id","proposal_id")
);
--> statement-breakpoint
CREATE TABLE "target_units" (
	"body_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"is_lead" boolean NOT NULL,
	CONSTRAINT "target_units_body_id_target_id_unit_id_pk" PRIMARY KEY("body_id","target_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "work_reports" (
	"body_id" uuid NOT NULL,
	"report_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_reports_body_id_report_id_pk" PRIMARY KEY("body_id","report_id")
);
--> statement-breakpoint
ALTER TABLE "report_targets" ADD CONSTRAINT "report_targets_body_id_report_id_work_reports_body_id_report_id_fk" FOREIGN KEY ("body_id","report_id") REFERENCES "public"."work_reports"("body_id","report_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_targets" ADD CONSTRAINT "report_targets_body_id_reviewed_by_users_body_id_user_id_fk" FOREIGN KEY ("body_id","reviewed_by") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_evidence" ADD CONSTRAINT "target_evidence_body_id_progress_id_target_progress_body_id_progress_id_fk" FOREIGN KEY ("body_id","progress_id") REFERENCES "public"."target_progress"("body_id","progress_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_evidence" ADD CONSTRAINT "target_evidence_body_id_uploaded_by_users_body_id_user_id_fk" FOREIGN KEY ("body_id","uploaded_by") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_progress" ADD CONSTRAINT "target_progress_body_id_target_id_report_targets_body_id_target_id_fk" FOREIGN KEY ("body_id","target_id") REFERENCES "public"."report_targets"("body_id","target_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_progress" ADD CONSTRAINT "target_progress_body_id_unit_id_units_body_id_unit_id_fk" FOREIGN KEY ("body_id","unit_id") REFERENCES "public"."units"("body_id","unit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_progress" ADD CONSTRAINT "target_progress_body_id_reported_by_users_body_id_user_id_fk" FOREIGN KEY ("body_id","reported_by") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_proposals" ADD CONSTRAINT "target_proposals_body_id_target_id_report_targets_body_id_target_id_fk" FOREIGN KEY ("body_id","target_id") REFERENCES "public"."report_targets"("body_id","target_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_proposals" ADD CONSTRAINT "target_proposals_body_id_proposal_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","proposal_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_proposals" ADD CONSTRAINT "target_proposals_body_id_raised_by_users_body_id_user_id_fk" FOREIGN KEY ("body_id","raised_by") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_units" ADD CONSTRAINT "target_units_body_id_target_id_report_targets_body_id_target_id_fk" FOREIGN KEY ("body_id","target_id") REFERENCES "public"."report_targets"("body_id","target_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_units" ADD CONSTRAINT "target_units_body_id_unit_id_units_body_id_unit_id_fk" FOREIGN KEY ("body_id","unit_id") REFERENCES "public"."units"("body_id","unit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_reports" ADD CONSTRAINT "work_reports_body_id_bodies_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("body_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_reports" ADD CONSTRAINT "work_reports_body_id_imported_by_users_body_id_user_id_fk" FOREIGN KEY ("body_id","imported_by") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_targets_report_idx" ON "report_targets" USING btree ("body_id","report_id","position");--> statement-breakpoint
CREATE INDEX "target_evidence_progress_idx" ON "target_evidence" USING btree ("body_id","progress_id");--> statement-breakpoint
CREATE UNIQUE INDEX "target_progress_quarter_key" ON "target_progress" USING btree ("body_id","target_id","unit_id","year","quarter");--> statement-breakpoint
CREATE UNIQUE INDEX "target_units_one_lead" ON "target_units" USING btree ("body_id","target_id") WHERE "target_units"."is_lead";--> statement-breakpoint
CREATE INDEX "target_units_unit_idx" ON "target_units" USING btree ("body_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "work_reports_year_key" ON "work_reports" USING btree ("body_id","year");