-- AD sites the user marks as Internet-facing (clients or inbound mail reach Exchange there from the Internet);
-- the planner treats them like sites holding a front-end server. Existing sites are not marked.
ALTER TABLE "ad_site" ADD COLUMN "internet_facing" INTEGER NOT NULL DEFAULT 0;
