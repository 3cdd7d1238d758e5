-- Tenant isolation in the database itself: requests run as the role pinpoint_app with the
-- workspace in the transaction setting `pinpoint.workspace_id` (see `forWorkspace`), and
-- row-level security shows that role only its workspace's rows. A query that forgets its
-- workspace filter, or a request that never set the workspace, sees nothing of anyone.
-- The migrating role (the owner) is not bound by these policies: migrations, seeding,
-- imports and index builds run as it, with explicit workspace filters.

-- Roles belong to the whole server: another database may have made it already, maybe at
-- this very moment (two concurrent creates fail with unique_violation, not duplicate_object).
DO $$
BEGIN
  CREATE ROLE pinpoint_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;--> statement-breakpoint
-- The login that runs Pinpoint switches to pinpoint_app per transaction, so it must be a member.
DO $$
BEGIN
  EXECUTE format('GRANT pinpoint_app TO %I', current_user);
EXCEPTION WHEN duplicate_object OR invalid_grant_operation THEN NULL;
END $$;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO pinpoint_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pinpoint_app;--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO pinpoint_app;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pinpoint_app;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pinpoint_app;--> statement-breakpoint
-- A key's secret hash is read only by the owner, which authenticates requests before any
-- workspace is known.
REVOKE SELECT ON api_keys FROM pinpoint_app;--> statement-breakpoint
GRANT SELECT (id, workspace_id, name, tier, scopes, rate_limit_per_minute, created_at, last_used_at, revoked_at) ON api_keys TO pinpoint_app;--> statement-breakpoint

ALTER TABLE workspaces ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON workspaces TO pinpoint_app
  USING (id = current_setting('pinpoint.workspace_id', true));--> statement-breakpoint

ALTER TABLE catalog_attributes ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON catalog_attributes TO pinpoint_app
  USING (workspace_id = current_setting('pinpoint.workspace_id', true));--> statement-breakpoint
ALTER TABLE catalog_entries ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON catalog_entries TO pinpoint_app
  USING (workspace_id = current_setting('pinpoint.workspace_id', true));--> statement-breakpoint
ALTER TABLE profiles ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON profiles TO pinpoint_app
  USING (workspace_id = current_setting('pinpoint.workspace_id', true));--> statement-breakpoint
ALTER TABLE segments ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON segments TO pinpoint_app
  USING (workspace_id = current_setting('pinpoint.workspace_id', true));--> statement-breakpoint
ALTER TABLE campaigns ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON campaigns TO pinpoint_app
  USING (workspace_id = current_setting('pinpoint.workspace_id', true));--> statement-breakpoint
ALTER TABLE profile_changes ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON profile_changes TO pinpoint_app
  USING (workspace_id = current_setting('pinpoint.workspace_id', true));--> statement-breakpoint
ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON api_keys TO pinpoint_app
  USING (workspace_id = current_setting('pinpoint.workspace_id', true));--> statement-breakpoint

-- A profile's facts carry no workspace of their own: they are visible with their profile,
-- whose own policy decides (the subquery is itself filtered by it).
ALTER TABLE profile_interests ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON profile_interests TO pinpoint_app
  USING (EXISTS (SELECT 1 FROM profiles p WHERE p.id = profile_id));--> statement-breakpoint
ALTER TABLE profile_events ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON profile_events TO pinpoint_app
  USING (EXISTS (SELECT 1 FROM profiles p WHERE p.id = profile_id));--> statement-breakpoint
ALTER TABLE profile_scores ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON profile_scores TO pinpoint_app
  USING (EXISTS (SELECT 1 FROM profiles p WHERE p.id = profile_id));--> statement-breakpoint
ALTER TABLE profile_channels ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON profile_channels TO pinpoint_app
  USING (EXISTS (SELECT 1 FROM profiles p WHERE p.id = profile_id));
