CREATE TABLE "extensions" (
	"body_id" uuid NOT NULL,
	"extension_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"from_due_at" timestamp with time zone NOT NULL,
	"requested_due_at" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	CONSTRAINT "extensions_body_id_extension_id_pk" PRIMARY KEY("body_id","extension_id")
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "deadline_rule" jsonb;--> statement-breakpoint
ALTER TABLE "extensions" ADD CONSTRAINT "extensions_body_id_proposal_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","proposal_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extensions" ADD CONSTRAINT "extensions_body_id_assignment_id_assignments_body_id_assignment_id_fk" FOREIGN KEY ("body_id","assignment_id") REFERENCES "public"."assignments"("body_id","assignment_id") ON DELETE no action ON UPDATE no action;