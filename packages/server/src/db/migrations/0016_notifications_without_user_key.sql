ALTER TABLE "notifications" DROP CONSTRAINT "notifications_body_id_user_id_users_body_id_user_id_fk";
