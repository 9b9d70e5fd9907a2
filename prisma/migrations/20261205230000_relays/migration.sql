-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "speakerText" TEXT;

-- CreateTable
CREATE TABLE "ClaimRelay" (
    "claimId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "entityId" TEXT,

    PRIMARY KEY ("claimId", "position"),
    CONSTRAINT "ClaimRelay_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimRelay_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CandidateRelay" (
    "candidateId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "entityId" TEXT,

    PRIMARY KEY ("candidateId", "position"),
    CONSTRAINT "CandidateRelay_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CandidateRelay_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClaimRelay_entityId_idx" ON "ClaimRelay"("entityId");

-- CreateIndex
CREATE INDEX "CandidateRelay_entityId_idx" ON "CandidateRelay"("entityId");

