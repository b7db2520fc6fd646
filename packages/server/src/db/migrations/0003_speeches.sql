CREATE TABLE "speeches" (
	"body_id" uuid NOT NULL,
	"speech_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title_lines" jsonb NOT NULL,
	"speaker_name" text NOT NULL,
	"speaker_kind" text NOT NULL,
	"affiliation" text,
	"delivered_by" text,
	"problem" text NOT NULL,
	"suggestions" text NOT NULL,
	"source" text NOT NULL,
	"proposal_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "speeches_body_id_speech_id_pk" PRIMARY KEY("body_id","speech_id")
);
--> statement-breakpoint
ALTER TABLE "speeches" ADD CONSTRAINT "speeches_body_id_session_id_sessions_body_id_session_id_fk" FOREIGN KEY ("body_id","session_id") REFERENCES "public"."sessions"("body_id","session_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speeches" ADD CONSTRAINT "speeches_body_id_proposal_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","proposal_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "speeches_session_idx" ON "speeches" USING btree ("body_id","session_id","position");