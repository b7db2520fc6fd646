-- btree_gin lets the full-text index lead with the body (a trusted extension: no superuser needed).
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
CREATE TABLE "proposal_search" (
	"body_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"title_tokens" text DEFAULT '' NOT NULL,
	"body_tokens" text DEFAULT '' NOT NULL,
	"keywords" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"similarity_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"title_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', "proposal_search"."title_tokens")) STORED,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', "proposal_search"."title_tokens"), 'A') || setweight(to_tsvector('simple', "proposal_search"."body_tokens"), 'B')) STORED,
	CONSTRAINT "proposal_search_body_id_proposal_id_pk" PRIMARY KEY("body_id","proposal_id")
);
--> statement-breakpoint
-- The existing search documents move over as they are (no re-segmentation); the indexes are
-- built after the copy, which is faster than maintaining them row by row.
INSERT INTO "proposal_search" ("body_id", "proposal_id", "title_tokens", "body_tokens", "keywords", "similarity_keys")
SELECT "body_id", "proposal_id", "title_tokens", "body_tokens", "keywords", "similarity_keys" FROM "proposals";--> statement-breakpoint
DROP INDEX "proposals_search_idx";--> statement-breakpoint
DROP INDEX "proposals_similarity_idx";--> statement-breakpoint
ALTER TABLE "proposal_search" ADD CONSTRAINT "proposal_search_body_id_proposal_id_proposals_body_id_proposal_id_fk" FOREIGN KEY ("body_id","proposal_id") REFERENCES "public"."proposals"("body_id","proposal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "proposal_search_vector_idx" ON "proposal_search" USING gin ("body_id","search_vector");--> statement-breakpoint
CREATE INDEX "proposal_search_similarity_idx" ON "proposal_search" USING gin ("similarity_keys");--> statement-breakpoint
ALTER TABLE "proposals" DROP COLUMN "title_vector";--> statement-breakpoint
ALTER TABLE "proposals" DROP COLUMN "search_vector";--> statement-breakpoint
ALTER TABLE "proposals" DROP COLUMN "title_tokens";--> statement-breakpoint
ALTER TABLE "proposals" DROP COLUMN "body_tokens";--> statement-breakpoint
ALTER TABLE "proposals" DROP COLUMN "keywords";--> statement-breakpoint
ALTER TABLE "proposals" DROP COLUMN "similarity_keys";
