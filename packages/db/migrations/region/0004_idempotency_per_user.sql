-- Idempotency keys are each user's own: the key alone no longer identifies a request.
ALTER TABLE "idempotency_keys" DROP CONSTRAINT "idempotency_keys_pkey";--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_actor_key_pk" PRIMARY KEY("actor","key");
