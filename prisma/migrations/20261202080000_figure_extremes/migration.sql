-- DropIndex
DROP INDEX "ComparisonRow_eventId_status_low_aspectId_unit_high_sourceId_lang_stance_claimId_idx";

-- The figures of each event's cells in the order the comparison groups them (aspect, unit, source),
-- so that the lowest top, the highest bottom and the disputed count of every cell come from one
-- ordered pass. Partial (Prisma's schema cannot say so): the counts of every claim keep reading
-- the narrower index on (eventId, status, aspectId, sourceId, lang, stance).
CREATE INDEX "ComparisonRow_figures_idx" ON "ComparisonRow"("eventId", "status", "aspectId", "unit", "sourceId", "low", "high", "lang", "stance", "claimId")
  WHERE "low" IS NOT NULL AND "high" IS NOT NULL;
