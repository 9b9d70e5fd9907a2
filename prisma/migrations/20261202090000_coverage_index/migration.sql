-- The index every count of an event's cells reads also holds the article, so that counting an
-- aspect's articles (the event page's coverage) reads the index alone, not 40,000 rows.
-- DropIndex
DROP INDEX "ComparisonRow_eventId_status_aspectId_sourceId_lang_stance_idx";

-- CreateIndex
CREATE INDEX "ComparisonRow_eventId_status_aspectId_sourceId_lang_stance_articleId_idx" ON "ComparisonRow"("eventId", "status", "aspectId", "sourceId", "lang", "stance", "articleId");

