CREATE TABLE "bodies" (
	"body_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"region" text NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bodies_body_id_pk" PRIMARY KEY("body_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"body_id" uuid NOT NULL,
	"session_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"term_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"opens_on" date,
	"closes_on" date,
	"submission_deadline" timestamp with time zone NOT NULL,
	"time_zone" text DEFAULT 'Asia/Shanghai' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sessions_body_id_session_id_pk" PRIMARY KEY("body_id","session_id")
);
--> statement-breakpoint
CREATE TABLE "terms" (
	"body_id" uuid NOT NULL,
	"term_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"starts_on" date,
	"ends_on" date,
	CONSTRAINT "terms_body_id_term_id_pk" PRIMARY KEY("body_id","term_id")
);
--> statement-breakpoint
CREATE TABLE "auth_sessions" (
	"body_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "auth_sessions_body_id_token_hash_pk" PRIMARY KEY("body_id","token_hash")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"body_id" uuid NOT NULL,
	"organisation_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_body_id_organisation_id_pk" PRIMARY KEY("body_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"body_id" uuid NOT NULL,
	"person_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"sector" text,
	"party" text,
	"delegation" text,
	"affiliation" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_body_id_person_id_pk" PRIMARY KEY("body_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"body_id" uuid NOT NULL,
	"unit_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"parent_unit_id" uuid,
	"name" text NOT NULL,
	"short_name" text,
	"contact_name" text,
	"contact_phone" text,
	"email" text,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_body_id_unit_id_pk" PRIMARY KEY("body_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"body_id" uuid NOT NULL,
	"user_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"person_id" uuid,
	"organisation_id" uuid,
	"unit_id" uuid,
	"email" text,
	"locale" text DEFAULT 'zh-CN' NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_body_id_user_id_pk" PRIMARY KEY("body_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"body_id" uuid NOT NULL,
	"category_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"parent_category_id" uuid,
	"area" text NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "categories_body_id_category_id_pk" PRIMARY KEY("body_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "cosigners" (
	"body_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "cosigners_body_id_proposal_id_user_id_pk" PRIMARY KEY("body_id","proposal_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "number_counters" (
	"body_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"origin" text NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "number_counters_body_id_session_id_kind_origin_pk" PRIMARY KEY("body_id","session_id","kind","origin")
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"body_id" uuid NOT NULL,
	"proposal_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"origin" text DEFAULT 'plenary' NOT NULL,
	"proposer_type" text NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"lead_person_id" uuid,
	"lead_organisation_id" uuid,
	"title" text NOT NULL,
	"problem" text DEFAULT '' NOT NULL,
	"suggestions" text DEFAULT '' NOT NULL,
	"category_id" uuid,
	"is_key" boolean DEFAULT false NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"number" integer,
	"merged_into_id" uuid,
	"confidential" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone,
	"registered_at" timestamp with time zone,
	"assigned_at" timestamp with time zone,
	"reply_due_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposals_body_id_proposal_id_pk" PRIMARY KEY("body_id","proposal_id"),
	CONSTRAINT "proposals_title_not_blank" CHECK (length(trim("proposals"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "review_decisions" (
	"body_id" uuid NOT NULL,
	"decision_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"reason_code" text,
	"comment" text,
	"destination" text,
	"merged_into_id" uuid,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_decisions_body_id_decision_id_pk" PRIMARY KEY("body_id","decision_id")
);
--> statement-breakpoint
CREATE TABLE "supervision_notes" (
	"body_id" uuid NOT NULL,
	"note_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_notes_body_id_note_id_pk" PRIMARY KEY("body_id","note_id")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"body_id" uuid NOT NULL,
	"assignment_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"role" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"assigned_by" uuid NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone,
	"objection_due_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "assignments_body_id_assignment_id_pk" PRIMARY KEY("body_id","assignment_id")
);
--> statement-breakpoint
CREATE TABLE "co_unit_opinions" (
	"body_id" uuid NOT NULL,
	"opinion_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"text" text NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "co_unit_opinions_body_id_opinion_id_pk" PRIMARY KEY("body_id","opinion_id")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"body_id" uuid NOT NULL,
	"contact_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"method" text NOT NULL,
	"contacted_at" timestamp with time zone NOT NULL,
	"summary" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_body_id_contact_id_pk" PRIMARY KEY("body_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"body_id" uuid NOT NULL,
	"feedback_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"verdict" text NOT NULL,
	"comment" text,
	"given_by" uuid NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_body_id_feedback_id_pk" PRIMARY KEY("body_id","feedback_id")
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"body_id" uuid NOT NULL,
	"objection_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"suggested_unit_name" text,
	"raised_by" uuid NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolution" text,
	"resolution_note" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "objections_body_id_objection_id_pk" PRIMARY KEY("body_id","objection_id")
);
--> statement-breakpoint
CREATE TABLE "rehandling_rounds" (
	"body_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"feedback_id" uuid NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "rehandling_rounds_body_id_proposal_id_round_pk" PRIMARY KEY("body_id","proposal_id","round")
);
--> statement-breakpoint
CREATE TABLE "replies" (
	"body_id" uuid NOT NULL,
	"reply_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"reply_class" text NOT NULL,
	"text" text NOT NULL,
	"public_text" text,
	"confidential" boolean DEFAULT false NOT NULL,
	"drafted_by" uuid NOT NULL,
	"signed_by" uuid,
	"signer_name" text,
	"signed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "replies_body_id_reply_id_pk" PRIMARY KEY("body_id","reply_id")
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"body_id" uuid NOT NULL,
	"attachment_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"reply_id" uuid,
	"filename" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage" text NOT NULL,
	"content" "bytea",
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachments_body_id_attachment_id_pk" PRIMARY KEY("body_id","attachment_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"body_id" uuid NOT NULL,
	"event_id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "events_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"proposal_id" uuid,
	"entity" text NOT NULL,
	"entity_id" text,
	"action" text NOT NULL,
	"actor_user_id" uuid,
	"from_state" text,
	"to_state" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_body_id_event_id_pk" PRIMARY KEY("body_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"body_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_body_id_user_id_key_pk" PRIMARY KEY("body_id","user_id","key")
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_body_id_bodies_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("body_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_body_id_term_id_terms_body_id_term_id_fk" FOREIGN KEY ("body_id","term_id") REFERENCES "public"."terms"("body_id","term_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terms" ADD CONSTRAINT "terms_body_id_bodies_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("body_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_body_id_user_id_users_body_id_user_id_fk" FOREIGN KEY ("body_id","user_id") REFERENCES "public"."users"("body_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_body_id_bodies_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("body_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_body_id_bodies_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("body_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_body_id_bodies_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("body_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_body_id_parent_unit_id_units_body_id_unit_id_fk" FOREIGN KEY ("body_id","parent_unit_id") REFERENCES "public"."units"("body_id","unit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_body_id_bodies_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("body_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_body_id_person_id_people_body_id_person_id_fk" FOREIGN KEY ("body_id","person_id") REFERENCES "public"."people"("body_id","person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_body_id_organisation_id_organisations_body_id_organisation_id_fk" FOREIGN KEY ("body_id","organisation_id") REFERENCES "public"."organisations"("body_id","organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_body_id_unit_id_units_body_id_unit_id_fk" FOREIGN KEY ("body_id","unit_id") REFERENCES "public"."units"("body_id","unit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_body_id_bodies_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("body_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_body_id_parent_category_id_categories_body_id_category_id_fk" FOREIGN KEY ("body_id","parent_category_id") REFERENCES "public"."categories"("body_id","category_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cosigners" ADD CONSTRAINT "cosigners_body_id_proposal_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","proposal_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cosigners" ADD CONSTRAINT "cosigners_body_id_user_id_users_body_id_user_id_fk" FOREIGN KEY ("body_id","user_id") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "number_counters" ADD CONSTRAINT "number_counters_body_id_session_id_sessions_body_id_session_id_fk" FOREIGN KEY ("body_id","session_id") REFERENCES "public"."sessions"("body_id","session_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_body_id_session_id_sessions_body_id_session_id_fk" FOREIGN KEY ("body_id","session_id") REFERENCES "public"."sessions"("body_id","session_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_body_id_owner_user_id_users_body_id_user_id_fk" FOREIGN KEY ("body_id","owner_user_id") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_body_id_lead_person_id_people_body_id_person_id_fk" FOREIGN KEY ("body_id","lead_person_id") REFERENCES "public"."people"("body_id","person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_body_id_lead_organisation_id_organisations_body_id_organisation_id_fk" FOREIGN KEY ("body_id","lead_organisation_id") REFERENCES "public"."organisations"("body_id","organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_body_id_category_id_categories_body_id_category_id_fk" FOREIGN KEY ("body_id","category_id") REFERENCES "public"."categories"("body_id","category_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_body_id_merged_into_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","merged_into_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_body_id_proposal_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","proposal_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_body_id_decided_by_users_body_id_user_id_fk" FOREIGN KEY ("body_id","decided_by") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notes" ADD CONSTRAINT "supervision_notes_body_id_proposal_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","proposal_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notes" ADD CONSTRAINT "supervision_notes_body_id_author_user_id_users_body_id_user_id_fk" FOREIGN KEY ("body_id","author_user_id") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_body_id_proposal_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","proposal_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_body_id_unit_id_units_body_id_unit_id_fk" FOREIGN KEY ("body_id","unit_id") REFERENCES "public"."units"("body_id","unit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_body_id_assigned_by_users_body_id_user_id_fk" FOREIGN KEY ("body_id","assigned_by") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_unit_opinions" ADD CONSTRAINT "co_unit_opinions_body_id_proposal_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","proposal_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_unit_opinions" ADD CONSTRAINT "co_unit_opinions_body_id_unit_id_units_body_id_unit_id_fk" FOREIGN KEY ("body_id","unit_id") REFERENCES "public"."units"("body_id","unit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_body_id_proposal_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","proposal_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_body_id_unit_id_units_body_id_unit_id_fk" FOREIGN KEY ("body_id","unit_id") REFERENCES "public"."units"("body_id","unit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_body_id_proposal_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","proposal_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_body_id_proposal_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","proposal_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_body_id_assignment_id_assignments_body_id_assignment_id_fk" FOREIGN KEY ("body_id","assignment_id") REFERENCES "public"."assignments"("body_id","assignment_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_body_id_raised_by_users_body_id_user_id_fk" FOREIGN KEY ("body_id","raised_by") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rehandling_rounds" ADD CONSTRAINT "rehandling_rounds_body_id_proposal_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","proposal_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rehandling_rounds" ADD CONSTRAINT "rehandling_rounds_body_id_feedback_id_feedback_body_id_feedback_id_fk" FOREIGN KEY ("body_id","feedback_id") REFERENCES "public"."feedback"("body_id","feedback_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_body_id_proposal_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","proposal_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_body_id_unit_id_units_body_id_unit_id_fk" FOREIGN KEY ("body_id","unit_id") REFERENCES "public"."units"("body_id","unit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_body_id_proposal_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","proposal_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_body_id_uploaded_by_users_body_id_user_id_fk" FOREIGN KEY ("body_id","uploaded_by") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_body_id_bodies_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("body_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_body_id_user_id_users_body_id_user_id_fk" FOREIGN KEY ("body_id","user_id") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bodies_code_key" ON "bodies" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_code_key" ON "sessions" USING btree ("body_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "terms_number_key" ON "terms" USING btree ("body_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_name_key" ON "organisations" USING btree ("body_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "units_name_key" ON "units" USING btree ("body_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree ("body_id","username");--> statement-breakpoint
CREATE UNIQUE INDEX "categories_name_key" ON "categories" USING btree ("body_id","name");--> statement-breakpoint
CREATE INDEX "cosigners_user_idx" ON "cosigners" USING btree ("body_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "proposals_number_key" ON "proposals" USING btree ("body_id","session_id","kind","origin","number");--> statement-breakpoint
CREATE INDEX "proposals_state_idx" ON "proposals" USING btree ("body_id","session_id","state");--> statement-breakpoint
CREATE INDEX "proposals_owner_idx" ON "proposals" USING btree ("body_id","owner_user_id");--> statement-breakpoint
CREATE INDEX "review_decisions_proposal_idx" ON "review_decisions" USING btree ("body_id","proposal_id");--> statement-breakpoint
CREATE INDEX "assignments_unit_idx" ON "assignments" USING btree ("body_id","unit_id","active");--> statement-breakpoint
CREATE INDEX "assignments_proposal_idx" ON "assignments" USING btree ("body_id","proposal_id");--> statement-breakpoint
CREATE INDEX "replies_proposal_idx" ON "replies" USING btree ("body_id","proposal_id");--> statement-breakpoint
CREATE INDEX "attachments_proposal_idx" ON "attachments" USING btree ("body_id","proposal_id");--> statement-breakpoint
CREATE INDEX "events_proposal_idx" ON "events" USING btree ("body_id","proposal_id","event_id");