ALTER TABLE "proposals" ADD COLUMN "title_tokens" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "body_tokens" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', "proposals"."title_tokens"), 'A') || setweight(to_tsvector('simple', "proposals"."body_tokens"), 'B')) STORED;--> statement-breakpoint
CREATE INDEX "proposals_search_idx" ON "proposals" USING gin ("search_vector");