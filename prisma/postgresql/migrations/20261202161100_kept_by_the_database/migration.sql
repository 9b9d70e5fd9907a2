-- What the SQLite migrations write by hand, for PostgreSQL: the rules and the derived tables that
-- the database keeps itself (Prisma's schema has no triggers), the partial index of figures, and the
-- full-text index. Triggers run once per statement over its changed rows (transition tables), so a
-- batch of a thousand claims is one pass, not a thousand.

-- An article's text is immutable once imported: claim offsets point into it.
-- A correction is imported as a new article whose supersedesId names the old one.
CREATE FUNCTION "Article_text_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."text" IS DISTINCT FROM OLD."text" OR NEW."contentHash" IS DISTINCT FROM OLD."contentHash" THEN
        RAISE EXCEPTION 'Article text is immutable';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER "Article_text_immutable"
BEFORE UPDATE OF "text", "contentHash" ON "Article"
FOR EACH ROW EXECUTE FUNCTION "Article_text_immutable"();

-- A live claim of an event on an aspect has its ComparisonRow, with its article's source, language
-- and date; any change to the claim replaces the row, and a change to the article's outlet, language
-- or date reaches the rows of its claims (SQLite: 20261202050000_comparison_rows).
CREATE FUNCTION "ComparisonRow_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM "ComparisonRow" r USING old_claims o WHERE r."claimId" = o."id";
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO "ComparisonRow" ("claimId", "eventId", "aspectId", "sourceId", "lang", "stance", "status", "publishedAt", "articleId", "start", "low", "high", "unit")
        SELECT n."id", n."eventId", n."aspectId", COALESCE(a."outletId", 'article-' || a."id"), a."lang", n."stance", n."status", a."publishedAt", n."articleId", n."start", n."low", n."high", n."unit"
          FROM new_claims n JOIN "Article" a ON a."id" = n."articleId"
         WHERE n."eventId" IS NOT NULL AND n."aspectId" IS NOT NULL AND n."deletedAt" IS NULL;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "ComparisonRow_claim_insert" AFTER INSERT ON "Claim"
REFERENCING NEW TABLE AS new_claims FOR EACH STATEMENT EXECUTE FUNCTION "ComparisonRow_claims"();
CREATE TRIGGER "ComparisonRow_claim_update" AFTER UPDATE ON "Claim"
REFERENCING OLD TABLE AS old_claims NEW TABLE AS new_claims FOR EACH STATEMENT EXECUTE FUNCTION "ComparisonRow_claims"();
CREATE TRIGGER "ComparisonRow_claim_delete" AFTER DELETE ON "Claim"
REFERENCING OLD TABLE AS old_claims FOR EACH STATEMENT EXECUTE FUNCTION "ComparisonRow_claims"();

CREATE FUNCTION "ComparisonRow_articles"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "ComparisonRow" r
       SET "sourceId" = COALESCE(n."outletId", 'article-' || n."id"), "lang" = n."lang", "publishedAt" = n."publishedAt"
      FROM new_articles n JOIN old_articles o ON o."id" = n."id"
     WHERE r."articleId" = n."id"
       AND (n."outletId" IS DISTINCT FROM o."outletId" OR n."lang" IS DISTINCT FROM o."lang"
            OR n."publishedAt" IS DISTINCT FROM o."publishedAt");
    RETURN NULL;
END $$;

CREATE TRIGGER "ComparisonRow_article_update" AFTER UPDATE ON "Article"
REFERENCING OLD TABLE AS old_articles NEW TABLE AS new_articles FOR EACH STATEMENT EXECUTE FUNCTION "ComparisonRow_articles"();

-- How many claims and notes are live (SQLite: 20261202060000_container_paging).
INSERT INTO "LiveCount" ("kind", "count") SELECT 'claim', COUNT(*) FROM "Claim" WHERE "deletedAt" IS NULL;
INSERT INTO "LiveCount" ("kind", "count") SELECT 'note', COUNT(*) FROM "Annotation" WHERE "deletedAt" IS NULL;

CREATE FUNCTION "LiveCount_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    added integer := 0;
    removed integer := 0;
BEGIN
    IF TG_OP <> 'DELETE' THEN SELECT COUNT(*) INTO added FROM new_rows WHERE "deletedAt" IS NULL; END IF;
    IF TG_OP <> 'INSERT' THEN SELECT COUNT(*) INTO removed FROM old_rows WHERE "deletedAt" IS NULL; END IF;
    IF added <> removed THEN
        UPDATE "LiveCount" SET "count" = "count" + added - removed WHERE "kind" = TG_ARGV[0];
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "LiveCount_claim_insert" AFTER INSERT ON "Claim"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "LiveCount_change"('claim');
CREATE TRIGGER "LiveCount_claim_update" AFTER UPDATE ON "Claim"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "LiveCount_change"('claim');
CREATE TRIGGER "LiveCount_claim_delete" AFTER DELETE ON "Claim"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "LiveCount_change"('claim');
CREATE TRIGGER "LiveCount_note_insert" AFTER INSERT ON "Annotation"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "LiveCount_change"('note');
CREATE TRIGGER "LiveCount_note_update" AFTER UPDATE ON "Annotation"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "LiveCount_change"('note');
CREATE TRIGGER "LiveCount_note_delete" AFTER DELETE ON "Annotation"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "LiveCount_change"('note');

-- An article with a fingerprint has its four quarters (SQLite: 20261202070000_fingerprint_bands).
CREATE FUNCTION "FingerprintBand_articles"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "FingerprintBand" f USING old_articles o WHERE f."articleId" = o."id";
    ELSIF TG_OP = 'UPDATE' THEN
        DELETE FROM "FingerprintBand" f USING new_articles n JOIN old_articles o ON o."id" = n."id"
         WHERE f."articleId" = n."id"
           AND (n."fingerprint" IS DISTINCT FROM o."fingerprint" OR n."lang" IS DISTINCT FROM o."lang");
        INSERT INTO "FingerprintBand" ("articleId", "band", "lang", "value", "fingerprint")
        SELECT n."id", b."band", n."lang", substr(n."fingerprint", 1 + 4 * b."band", 4), n."fingerprint"
          FROM new_articles n JOIN old_articles o ON o."id" = n."id", generate_series(0, 3) AS b("band")
         WHERE n."fingerprint" IS NOT NULL AND length(n."fingerprint") = 16
           AND (n."fingerprint" IS DISTINCT FROM o."fingerprint" OR n."lang" IS DISTINCT FROM o."lang");
    ELSE
        INSERT INTO "FingerprintBand" ("articleId", "band", "lang", "value", "fingerprint")
        SELECT n."id", b."band", n."lang", substr(n."fingerprint", 1 + 4 * b."band", 4), n."fingerprint"
          FROM new_articles n, generate_series(0, 3) AS b("band")
         WHERE n."fingerprint" IS NOT NULL AND length(n."fingerprint") = 16;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "FingerprintBand_article_insert" AFTER INSERT ON "Article"
REFERENCING NEW TABLE AS new_articles FOR EACH STATEMENT EXECUTE FUNCTION "FingerprintBand_articles"();
CREATE TRIGGER "FingerprintBand_article_update" AFTER UPDATE ON "Article"
REFERENCING OLD TABLE AS old_articles NEW TABLE AS new_articles FOR EACH STATEMENT EXECUTE FUNCTION "FingerprintBand_articles"();
CREATE TRIGGER "FingerprintBand_article_delete" AFTER DELETE ON "Article"
REFERENCING OLD TABLE AS old_articles FOR EACH STATEMENT EXECUTE FUNCTION "FingerprintBand_articles"();

-- The figures of each event's cells in the order the comparison groups them (SQLite:
-- 20261202080000_figure_extremes); partial, which Prisma's schema cannot say.
CREATE INDEX "ComparisonRow_figures_idx" ON "ComparisonRow"("eventId", "status", "aspectId", "unit", "sourceId", "low", "high", "lang", "stance", "claimId")
  WHERE "low" IS NOT NULL AND "high" IS NOT NULL;

-- The full-text index (lib/search): a SearchDoc's stems as a tsvector that the application writes
-- (the title's with weight A, the body's with weight D), so that words are cut, folded and stemmed
-- by the same code as on SQLite and a search finds the same items on both databases.
CREATE TABLE "SearchIndex" (
    "id" INTEGER NOT NULL PRIMARY KEY REFERENCES "SearchDoc" ("id") ON DELETE CASCADE,
    "document" tsvector NOT NULL
);

CREATE INDEX "SearchIndex_document_idx" ON "SearchIndex" USING GIN ("document");
