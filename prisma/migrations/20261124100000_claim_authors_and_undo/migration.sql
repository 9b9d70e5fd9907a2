-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "eventId" TEXT,
    "aspectId" TEXT,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "speakerId" TEXT,
    "low" REAL,
    "high" REAL,
    "unit" TEXT,
    "counted" TEXT,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'suggested',
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "creatorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_aspectId_fkey" FOREIGN KEY ("aspectId") REFERENCES "Aspect" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Entity" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("approximate", "articleId", "aspectId", "counted", "createdAt", "end", "eventId", "high", "id", "kind", "low", "note", "prefix", "quote", "speakerId", "stance", "start", "status", "suffix", "unit", "updatedAt", "version") SELECT "approximate", "articleId", "aspectId", "counted", "createdAt", "end", "eventId", "high", "id", "kind", "low", "note", "prefix", "quote", "speakerId", "stance", "start", "status", "suffix", "unit", "updatedAt", "version" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE INDEX "Claim_articleId_start_idx" ON "Claim"("articleId", "start");
CREATE INDEX "Claim_aspectId_status_idx" ON "Claim"("aspectId", "status");
CREATE INDEX "Claim_eventId_status_idx" ON "Claim"("eventId", "status");
CREATE INDEX "Claim_speakerId_idx" ON "Claim"("speakerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

