-- Written by hand (Prisma has no triggers), as SQLite's 20261206090000_data_version: the one row's
-- version grows with every statement that writes to a table whose rows the comparison and the
-- event page aggregate, so that what was read under one version can be kept until it changes
-- (lib/db/stamped.ts). One statement is one step, whatever number of rows it writes.
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "DataVersion_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
    RETURN NULL;
END $$;

CREATE TRIGGER "DataVersion_claim" AFTER INSERT OR UPDATE OR DELETE ON "Claim"
FOR EACH STATEMENT EXECUTE FUNCTION "DataVersion_bump"();
CREATE TRIGGER "DataVersion_claimRelation" AFTER INSERT OR UPDATE OR DELETE ON "ClaimRelation"
FOR EACH STATEMENT EXECUTE FUNCTION "DataVersion_bump"();
CREATE TRIGGER "DataVersion_article" AFTER INSERT OR UPDATE OR DELETE ON "Article"
FOR EACH STATEMENT EXECUTE FUNCTION "DataVersion_bump"();
CREATE TRIGGER "DataVersion_eventArticle" AFTER INSERT OR UPDATE OR DELETE ON "EventArticle"
FOR EACH STATEMENT EXECUTE FUNCTION "DataVersion_bump"();
CREATE TRIGGER "DataVersion_outlet" AFTER INSERT OR UPDATE OR DELETE ON "Outlet"
FOR EACH STATEMENT EXECUTE FUNCTION "DataVersion_bump"();
