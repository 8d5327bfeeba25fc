-- Sections that discovery could not read (an unreachable global catalog), kept with the project.
CREATE TABLE "section_incomplete" (
    "section" TEXT PRIMARY KEY NOT NULL,
    "reason" TEXT NOT NULL
) STRICT;
