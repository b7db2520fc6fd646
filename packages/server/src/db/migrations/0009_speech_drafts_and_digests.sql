CREATE TABLE "speech_digests" (
	"body_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"heading" text NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "speech_digests_body_id_session_id_pk" PRIMARY KEY("body_id","session_id")
);
--> statement-breakpoint
ALTER TABLE "speeches" ALTER COLUMN "position" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "speeches" ADD COLUMN "state" text DEFAULT 'selected' NOT NULL;--> statement-breakpoint
ALTER TABLE "speeches" ADD COLUMN "author_user_id" uuid;--> statement-breakpoint
ALTER TABLE "speeches" ADD COLUMN "original" jsonb;--> statement-breakpoint
ALTER TABLE "speeches" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "speeches" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "speech_digests" ADD CONSTRAINT "speech_digests_body_id_session_id_sessions_body_id_session_id_fk" FOREIGN KEY ("body_id","session_id") REFERENCES "public"."sessions"("body_id","session_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speech_digests" ADD CONSTRAINT "speech_digests_body_id_published_by_users_body_id_user_id_fk" FOREIGN KEY ("body_id","published_by") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speeches" ADD CONSTRAINT "speeches_body_id_author_user_id_users_body_id_user_id_fk" FOREIGN KEY ("body_id","author_user_id") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "speeches_author_idx" ON "speeches" USING btree ("body_id","author_user_id");