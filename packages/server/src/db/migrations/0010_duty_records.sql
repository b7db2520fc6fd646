CREATE TABLE "activities" (
	"body_id" uuid NOT NULL,
	"activity_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"held_on" date NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_body_id_activity_id_pk" PRIMARY KEY("body_id","activity_id")
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"body_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_body_id_activity_id_person_id_pk" PRIMARY KEY("body_id","activity_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "duty_weights" (
	"body_id" uuid NOT NULL,
	"item" text NOT NULL,
	"points" integer NOT NULL,
	CONSTRAINT "duty_weights_body_id_item_pk" PRIMARY KEY("body_id","item")
);
--> statement-breakpoint
CREATE TABLE "opinion_reports" (
	"body_id" uuid NOT NULL,
	"report_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"title" text NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"submitted_on" date NOT NULL,
	"adopted" boolean DEFAULT false NOT NULL,
	"adoption_level" text,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opinion_reports_body_id_report_id_pk" PRIMARY KEY("body_id","report_id")
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_body_id_bodies_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("body_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_body_id_created_by_users_body_id_user_id_fk" FOREIGN KEY ("body_id","created_by") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_body_id_activity_id_activities_body_id_activity_id_fk" FOREIGN KEY ("body_id","activity_id") REFERENCES "public"."activities"("body_id","activity_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_body_id_person_id_people_body_id_person_id_fk" FOREIGN KEY ("body_id","person_id") REFERENCES "public"."people"("body_id","person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_body_id_recorded_by_users_body_id_user_id_fk" FOREIGN KEY ("body_id","recorded_by") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_weights" ADD CONSTRAINT "duty_weights_body_id_bodies_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("body_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_reports" ADD CONSTRAINT "opinion_reports_body_id_person_id_people_body_id_person_id_fk" FOREIGN KEY ("body_id","person_id") REFERENCES "public"."people"("body_id","person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_reports" ADD CONSTRAINT "opinion_reports_body_id_recorded_by_users_body_id_user_id_fk" FOREIGN KEY ("body_id","recorded_by") REFERENCES "public"."users"("body_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_held_idx" ON "activities" USING btree ("body_id","held_on");--> statement-breakpoint
CREATE INDEX "attendance_person_idx" ON "attendance" USING btree ("body_id","person_id");--> statement-breakpoint
CREATE INDEX "opinion_reports_person_idx" ON "opinion_reports" USING btree ("body_id","person_id");