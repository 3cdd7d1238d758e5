-- Segment and campaign ids are unique per workspace, not globally: demo segments have fixed ids.
ALTER TABLE "campaigns" DROP CONSTRAINT "campaigns_pkey";--> statement-breakpoint
ALTER TABLE "segments" DROP CONSTRAINT "segments_pkey";--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_workspace_id_id_pk" PRIMARY KEY("workspace_id","id");--> statement-breakpoint
ALTER TABLE "segments" ADD CONSTRAINT "segments_workspace_id_id_pk" PRIMARY KEY("workspace_id","id");
