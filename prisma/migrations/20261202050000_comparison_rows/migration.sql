-- CreateTable
CREATE TABLE "ComparisonRow" (
    "claimId" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "aspectId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "publishedAt" DATETIME,
    "articleId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "low" REAL,
    "high" REAL,
    "unit" TEXT
);

-- CreateIndex
CREATE INDEX "ComparisonRow_eventId_status_aspectId_sourceId_lang_stance_idx" ON "ComparisonRow"("eventId", "status", "aspectId", "sourceId", "lang", "stance");

-- CreateIndex
CREATE INDEX "ComparisonRow_eventId_status_low_aspectId_unit_high_sourceId_lang_stance_claimId_idx" ON "ComparisonRow"("eventId", "status", "low", "aspectId", "unit", "high", "sourceId", "lang", "stance", "claimId");

-- CreateIndex
CREATE INDEX "ComparisonRow_eventId_sourceId_aspectId_idx" ON "ComparisonRow"("eventId", "sourceId", "aspectId");

-- CreateIndex
CREATE INDEX "ComparisonRow_articleId_idx" ON "ComparisonRow"("articleId");


-- Kept by hand (Prisma has no triggers): a live claim of an event on an aspect has its row, with
-- its article's source, language and date; any change to the claim replaces the row, and a change
-- to the article's outlet, language or date reaches the rows of its claims.
CREATE TRIGGER "ComparisonRow_claim_insert"
AFTER INSERT ON "Claim"
WHEN NEW."eventId" IS NOT NULL AND NEW."aspectId" IS NOT NULL AND NEW."deletedAt" IS NULL
BEGIN
    INSERT INTO "ComparisonRow" ("claimId", "eventId", "aspectId", "sourceId", "lang", "stance", "status", "publishedAt", "articleId", "start", "low", "high", "unit")
    SELECT NEW."id", NEW."eventId", NEW."aspectId", COALESCE(a."outletId", 'article-' || a."id"), a."lang", NEW."stance", NEW."status", a."publishedAt", NEW."articleId", NEW."start", NEW."low", NEW."high", NEW."unit"
      FROM "Article" a WHERE a."id" = NEW."articleId";
END;

CREATE TRIGGER "ComparisonRow_claim_update"
AFTER UPDATE ON "Claim"
BEGIN
    DELETE FROM "ComparisonRow" WHERE "claimId" = OLD."id";
    INSERT INTO "ComparisonRow" ("claimId", "eventId", "aspectId", "sourceId", "lang", "stance", "status", "publishedAt", "articleId", "start", "low", "high", "unit")
    SELECT NEW."id", NEW."eventId", NEW."aspectId", COALESCE(a."outletId", 'article-' || a."id"), a."lang", NEW."stance", NEW."status", a."publishedAt", NEW."articleId", NEW."start", NEW."low", NEW."high", NEW."unit"
      FROM "Article" a
     WHERE a."id" = NEW."articleId" AND NEW."eventId" IS NOT NULL AND NEW."aspectId" IS NOT NULL AND NEW."deletedAt" IS NULL;
END;

CREATE TRIGGER "ComparisonRow_claim_delete"
AFTER DELETE ON "Claim"
BEGIN
    DELETE FROM "ComparisonRow" WHERE "claimId" = OLD."id";
END;

CREATE TRIGGER "ComparisonRow_article_update"
AFTER UPDATE OF "outletId", "lang", "publishedAt" ON "Article"
BEGIN
    UPDATE "ComparisonRow"
       SET "sourceId" = COALESCE(NEW."outletId", 'article-' || NEW."id"), "lang" = NEW."lang", "publishedAt" = NEW."publishedAt"
     WHERE "articleId" = NEW."id";
END;

-- The rows of the claims there are.
INSERT INTO "ComparisonRow" ("claimId", "eventId", "aspectId", "sourceId", "lang", "stance", "status", "publishedAt", "articleId", "start", "low", "high", "unit")
SELECT c."id", c."eventId", c."aspectId", COALESCE(a."outletId", 'article-' || a."id"), a."lang", c."stance", c."status", a."publishedAt", c."articleId", c."start", c."low", c."high", c."unit"
  FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
 WHERE c."eventId" IS NOT NULL AND c."aspectId" IS NOT NULL AND c."deletedAt" IS NULL;
