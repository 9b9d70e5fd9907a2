-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "statedHigh" REAL;
ALTER TABLE "Claim" ADD COLUMN "statedLow" REAL;
ALTER TABLE "Claim" ADD COLUMN "vagueness" TEXT;

-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN "statedHigh" REAL;
ALTER TABLE "Candidate" ADD COLUMN "statedLow" REAL;
ALTER TABLE "Candidate" ADD COLUMN "vagueness" TEXT;

-- CreateTable
CREATE TABLE "ClaimRelation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'confirmed',
    "creatorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClaimRelation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Claim" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClaimRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Claim" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClaimRelation_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClaimRelation_eventId_status_idx" ON "ClaimRelation"("eventId", "status");

-- CreateIndex
CREATE INDEX "ClaimRelation_toId_idx" ON "ClaimRelation"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimRelation_fromId_toId_kind_key" ON "ClaimRelation"("fromId", "toId", "kind");


-- Figures marked before stated figures existed: the range stood for what the text said.
UPDATE "Claim" SET "statedLow" = "low", "statedHigh" = "high" WHERE "low" IS NOT NULL;
UPDATE "Candidate" SET "statedLow" = "low", "statedHigh" = "high" WHERE "low" IS NOT NULL;
