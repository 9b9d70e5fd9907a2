-- Import: the page's byline, a SimHash fingerprint to find reposted copies, and the article a copy most likely reposts.
-- Columns are added in place: rebuilding the table would drop the trigger that keeps article text immutable.
ALTER TABLE "Article" ADD COLUMN "byline" TEXT;
ALTER TABLE "Article" ADD COLUMN "fingerprint" TEXT;
ALTER TABLE "Article" ADD COLUMN "likelyDuplicateOfId" TEXT REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Article_likelyDuplicateOfId_idx" ON "Article"("likelyDuplicateOfId");
