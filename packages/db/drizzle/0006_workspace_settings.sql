CREATE TABLE "workspace_settings" (
	"workspace_id" text PRIMARY KEY NOT NULL,
	"political_consent_attribute" text,
	"allow_sensitive_commercial" boolean DEFAULT false NOT NULL,
	"minimum_audience" integer DEFAULT 100 NOT NULL,
	"epsilon_per_number" numeric(10, 4) DEFAULT '0.1' NOT NULL,
	"budget_epsilon" numeric(10, 4) DEFAULT '1' NOT NULL,
	"budget_period" text DEFAULT 'day' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspace_settings_minimum_audience" CHECK ("workspace_settings"."minimum_audience" >= 0),
	CONSTRAINT "workspace_settings_epsilon_per_number" CHECK ("workspace_settings"."epsilon_per_number" > 0),
	CONSTRAINT "workspace_settings_budget_epsilon" CHECK ("workspace_settings"."budget_epsilon" > 0),
	CONSTRAINT "workspace_settings_budget_period" CHECK ("workspace_settings"."budget_period" in ('day', 'month'))
);
--> statement-breakpoint
ALTER TABLE "workspace_settings" ADD CONSTRAINT "workspace_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Written by hand from here on: what drizzle-kit cannot express.
--
-- Requests (pinpoint_app) read and change their workspace's settings; none removes them (a
-- workspace goes back to the defaults by saving them). Migration 0004's default privileges
-- would grant DELETE too, so the grants are spelt out.
REVOKE ALL ON workspace_settings FROM pinpoint_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON workspace_settings TO pinpoint_app;--> statement-breakpoint

ALTER TABLE workspace_settings ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON workspace_settings TO pinpoint_app
  USING (workspace_id = current_setting('pinpoint.workspace_id', true));
