-- CreateTable
CREATE TABLE "FingerprintBand" (
    "articleId" TEXT NOT NULL,
    "band" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,

    PRIMARY KEY ("articleId", "band")
);

-- CreateIndex
CREATE INDEX "FingerprintBand_lang_band_value_idx" ON "FingerprintBand"("lang", "band", "value");


-- Kept by hand (Prisma has no triggers): an article with a fingerprint has its four quarters.
CREATE TRIGGER "FingerprintBand_article_insert"
AFTER INSERT ON "Article"
WHEN NEW."fingerprint" IS NOT NULL AND length(NEW."fingerprint") = 16
BEGIN
    INSERT INTO "FingerprintBand" ("articleId", "band", "lang", "value", "fingerprint")
    SELECT NEW."id", b."band", NEW."lang", substr(NEW."fingerprint", 1 + 4 * b."band", 4), NEW."fingerprint"
      FROM (SELECT 0 AS "band" UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3) b;
END;

CREATE TRIGGER "FingerprintBand_article_update"
AFTER UPDATE OF "fingerprint", "lang" ON "Article"
BEGIN
    DELETE FROM "FingerprintBand" WHERE "articleId" = OLD."id";
    INSERT INTO "FingerprintBand" ("articleId", "band", "lang", "value", "fingerprint")
    SELECT NEW."id", b."band", NEW."lang", substr(NEW."fingerprint", 1 + 4 * b."band", 4), NEW."fingerprint"
      FROM (SELECT 0 AS "band" UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3) b
     WHERE NEW."fingerprint" IS NOT NULL AND length(NEW."fingerprint") = 16;
END;

CREATE TRIGGER "FingerprintBand_article_delete"
AFTER DELETE ON "Article"
BEGIN
    DELETE FROM "FingerprintBand" WHERE "articleId" = OLD."id";
END;

-- The quarters of the articles there are.
INSERT INTO "FingerprintBand" ("articleId", "band", "lang", "value", "fingerprint")
SELECT a."id", b."band", a."lang", substr(a."fingerprint", 1 + 4 * b."band", 4), a."fingerprint"
  FROM "Article" a, (SELECT 0 AS "band" UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3) b
 WHERE a."fingerprint" IS NOT NULL AND length(a."fingerprint") = 16;
