-- Schema version 2: discovered objects a person removed by hand, so that rediscovery does not bring them back.
CREATE TABLE "removed_object" (
    "position" INTEGER PRIMARY KEY,
    "object_kind" TEXT NOT NULL,
    "object_id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "removed_at" TEXT
) STRICT;
