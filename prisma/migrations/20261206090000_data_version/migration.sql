-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL
);

-- Kept by hand (Prisma has no triggers): the one row's version grows with every write to a table
-- whose rows the comparison and the event page aggregate (ComparisonRow changes only with a claim or an article), so that what was read under one version
-- can be kept until it changes (lib/db/stamped.ts).
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);

CREATE TRIGGER "DataVersion_claim_insert" AFTER INSERT ON "Claim"
BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DataVersion_claim_update" AFTER UPDATE ON "Claim"
BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DataVersion_claim_delete" AFTER DELETE ON "Claim"
BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DataVersion_claimRelation_insert" AFTER INSERT ON "ClaimRelation"
BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DataVersion_claimRelation_update" AFTER UPDATE ON "ClaimRelation"
BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DataVersion_claimRelation_delete" AFTER DELETE ON "ClaimRelation"
BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DataVersion_article_insert" AFTER INSERT ON "Article"
BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DataVersion_article_update" AFTER UPDATE ON "Article"
BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DataVersion_article_delete" AFTER DELETE ON "Article"
BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DataVersion_eventArticle_insert" AFTER INSERT ON "EventArticle"
BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DataVersion_eventArticle_update" AFTER UPDATE ON "EventArticle"
BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DataVersion_eventArticle_delete" AFTER DELETE ON "EventArticle"
BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DataVersion_outlet_insert" AFTER INSERT ON "Outlet"
BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DataVersion_outlet_update" AFTER UPDATE ON "Outlet"
BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DataVersion_outlet_delete" AFTER DELETE ON "Outlet"
BEGIN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
