CREATE TABLE "supervision_item_units" (
	"body_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "supervision_item_units_body_id_item_id_unit_id_pk" PRIMARY KEY("body_id","item_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "supervision_items" (
	"body_id" uuid NOT NULL,
	"item_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"proposal_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"major" boolean DEFAULT false NOT NULL,
	"deadline_rule" jsonb NOT NULL,
	"leader_user_id" uuid,
	"created_by" uuid NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"deploy_due_at" timestamp with time zone NOT NULL,
	"progress_due_at" timestamp with time zone NOT NULL,
	"settle_due_at" timestamp with time zone NOT NULL,
	"deployed_at" timestamp with time zone,
	"progress_reported_at" timestamp with time zone,
	"timetable_at" timestamp with time zone,
	"timetable_due_at" timestamp with time zone,
	"settled_at" timestamp with time zone,
	"rating" text,
	"rated_by" uuid,
	"rated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_items_body_id_item_id_pk" PRIMARY KEY("body_id","item_id"),
	CONSTRAINT "supervision_items_kind_proposal" CHECK (("supervision_items"."kind" = 'proposal') = ("supervision_items"."proposal_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "supervision_records" (
	"body_id" uuid NOT NULL,
	"record_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"action" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"rating" text,
	"unit_id" uuid,
	"actor_user_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_records_body_id_record_id_pk" PRIMARY KEY("body_id","record_id")
);
--> statement-breakpoint
ALTER TABLE "supervision_notes" ALTER COLUMN "proposal_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "supervision_notes" ADD COLUMN "item_id" uuid;--> statement-breakpoint
ALTER TABLE "supervision_item_units" ADD CONSTRAINT "supervision_item_units_body_id_item_id_supervision_items_body_id_item_id_fk" FOREIGN KEY ("body_id","item_id") REFERENCES "public"."supervision_items"("body_id","item_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_item_units" ADD CONSTRAINT "supervision_item_units_body_id_unit_id_units_body_id_unit_id_fk" FOREIGN KEY ("body_id","unit_id") REFERENCES "public"."units"("body_id","unit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_items" ADD CONSTRAINT "supervision_items_body_id_proposal_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","proposal_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_items" ADD CONSTRAINT "supervision_items_body_id_created_by_users_body_id_user_id_fk" FOREIGN KEY ("body_id","created_by") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_items" ADD CONSTRAINT "supervision_items_body_id_leader_user_id_users_body_id_user_id_fk" FOREIGN KEY ("body_id","leader_user_id") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_records" ADD CONSTRAINT "supervision_records_body_id_item_id_supervision_items_body_id_item_id_fk" FOREIGN KEY ("body_id","item_id") REFERENCES "public"."supervision_items"("body_id","item_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_records" ADD CONSTRAINT "supervision_records_body_id_unit_id_units_body_id_unit_id_fk" FOREIGN KEY ("body_id","unit_id") REFERENCES "public"."units"("body_id","unit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_records" ADD CONSTRAINT "supervision_records_body_id_actor_user_id_users_body_id_user_id_fk" FOREIGN KEY ("body_id","actor_user_id") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_item_units_unit_idx" ON "supervision_item_units" USING btree ("body_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_items_proposal_key" ON "supervision_items" USING btree ("body_id","proposal_id");--> statement-breakpoint
CREATE INDEX "supervision_items_state_idx" ON "supervision_items" USING btree ("body_id","state");--> statement-breakpoint
CREATE INDEX "supervision_records_item_idx" ON "supervision_records" USING btree ("body_id","item_id","at");--> statement-breakpoint
ALTER TABLE "supervision_notes" ADD CONSTRAINT "supervision_notes_body_id_item_id_supervision_items_body_id_item_id_fk" FOREIGN KEY ("body_id","item_id") REFERENCES "public"."supervision_items"("body_id","item_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notes" ADD CONSTRAINT "supervision_notes_one_subject" CHECK (("supervision_notes"."proposal_id" IS NULL) <> ("supervision_notes"."item_id" IS NULL));