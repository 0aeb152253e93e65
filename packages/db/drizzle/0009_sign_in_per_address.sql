-- Sign-in failures are counted per account and per address (an attacker elsewhere no longer locks the owner out).
-- The old per-account rows are throttle state, not records: they are dropped rather than guessed an address.
DELETE FROM "sign_in_lockouts";--> statement-breakpoint
ALTER TABLE "sign_in_lockouts" ADD COLUMN "address" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_in_lockouts" DROP CONSTRAINT "sign_in_lockouts_pkey";--> statement-breakpoint
ALTER TABLE "sign_in_lockouts" ADD CONSTRAINT "sign_in_lockouts_email_address_pk" PRIMARY KEY("email","address");
