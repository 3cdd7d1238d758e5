CREATE TABLE "audit_log" (
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"operation" text NOT NULL,
	"query" jsonb,
	"released" jsonb,
	"epsilon_spent" double precision DEFAULT 0 NOT NULL,
	"tier" text,
	"subject" text,
	CONSTRAINT "audit_log_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "audit_log_actor_kind" CHECK ("audit_log"."actor_kind" in ('api_key', 'user', 'cli', 'local')),
	CONSTRAINT "audit_log_actor_id" CHECK ("audit_log"."actor_id" is not null or "audit_log"."actor_kind" in ('cli', 'local')),
	CONSTRAINT "audit_log_operation" CHECK ("audit_log"."operation" in ('count', 'overlap', 'composition', 'reach', 'export', 'preview', 'erasure', 'special_category_use', 'audit_export')),
	CONSTRAINT "audit_log_tier" CHECK ("audit_log"."tier" is null or "audit_log"."tier" in ('member', 'partner')),
	CONSTRAINT "audit_log_epsilon_spent" CHECK ("audit_log"."epsilon_spent" >= 0 and "audit_log"."epsilon_spent" < 'Infinity'::double precision)
);
--> statement-breakpoint
CREATE TABLE "privacy_budget_spends" (
	"workspace_id" text NOT NULL,
	"key_id" text NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"query_key" text NOT NULL,
	"epsilon_per_number" numeric(10, 4) NOT NULL,
	"numbers" integer NOT NULL,
	"epsilon" double precision GENERATED ALWAYS AS ((numbers * epsilon_per_number)::double precision) STORED NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "privacy_budget_spends_pk" PRIMARY KEY("key_id","period_start","query_key","epsilon_per_number"),
	CONSTRAINT "privacy_budget_spends_numbers" CHECK ("privacy_budget_spends"."numbers" >= 1),
	CONSTRAINT "privacy_budget_spends_epsilon" CHECK ("privacy_budget_spends"."epsilon_per_number" > 0)
);
--> statement-breakpoint
CREATE INDEX "audit_log_workspace_at_idx" ON "audit_log" USING btree ("workspace_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_workspace_subject_idx" ON "audit_log" USING btree ("workspace_id","subject") WHERE "audit_log"."subject" is not null;--> statement-breakpoint
-- Written by hand from here on: what drizzle-kit cannot express.
--
-- The audit log is append-only. Requests (pinpoint_app) may read and insert, nothing else,
-- and a trigger refuses updates, deletes and truncation to everyone else too, the owner
-- included, so that a migration, a script or a hand-typed statement cannot rewrite history by
-- mistake. (A superuser can still switch triggers off; this guards against mistakes and the
-- application, not against the database's administrator.)
--
-- The single exception is erasure (GDPR Art. 17): `pseudonymiseAuditSubject` replaces a
-- profile reference in `subject` with its keyed hash, inside a transaction that has set
-- `pinpoint.audit_pseudonymise` to on. The trigger lets such an update through only when
-- nothing but `subject` changes, from a plain value to a pseudonym; every other change is
-- refused, setting or not.
--
-- On Citus (audit_log distributed by workspace_id, privacy_budget_spends by key_id): Citus
-- does not create triggers on distributed tables unless `citus.enable_unsafe_triggers` is
-- on, in which case they are created on the shards and run on the workers. This trigger reads
-- only its own row and a setting, so it is safe there, but the setting reaches the workers
-- only as `SET LOCAL` (which is how the repository sets it) with
-- `citus.propagate_set_commands = 'local'`. Without the trigger the grants below still keep
-- requests from changing entries; the owner would no longer be refused. Policies on
-- distributed tables need the same setting propagation for `pinpoint.workspace_id`.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('pinpoint.audit_pseudonymise', true) = 'on' THEN
    IF OLD.subject IS NOT NULL
       AND OLD.subject NOT LIKE 'hmac-sha256:%'
       AND NEW.subject ~ '^hmac-sha256:[0-9a-f]{64}$'
       AND to_jsonb(NEW) - 'subject' = to_jsonb(OLD) - 'subject' THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only: pseudonymisation may only replace a plain subject with a pseudonym'
      USING ERRCODE = 'insufficient_privilege',
            DETAIL = 'The update changes more than subject, or does not set it to hmac-sha256:<64 hex digits>.';
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Entries are never changed or removed; erasure pseudonymises subjects with pseudonymiseAuditSubject.';
END;
$$;--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();--> statement-breakpoint

-- Migration 0004 gave pinpoint_app every privilege on new tables by default; these two
-- tables get less. Requests never change an audit entry, and never give budget back.
REVOKE ALL ON audit_log FROM pinpoint_app;--> statement-breakpoint
GRANT SELECT, INSERT ON audit_log TO pinpoint_app;--> statement-breakpoint
REVOKE ALL ON privacy_budget_spends FROM pinpoint_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON privacy_budget_spends TO pinpoint_app;--> statement-breakpoint

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON audit_log TO pinpoint_app
  USING (workspace_id = current_setting('pinpoint.workspace_id', true));--> statement-breakpoint
ALTER TABLE privacy_budget_spends ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON privacy_budget_spends TO pinpoint_app
  USING (workspace_id = current_setting('pinpoint.workspace_id', true));
