-- AlterTable
ALTER TABLE "Outlet" ADD COLUMN "ownership" TEXT;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN "archivedAt" DATETIME;
ALTER TABLE "Event" ADD COLUMN "endsOn" DATETIME;
ALTER TABLE "Event" ADD COLUMN "startsOn" DATETIME;

-- CreateTable
CREATE TABLE "OutletAlias" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "outletId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    CONSTRAINT "OutletAlias_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (added in place: redefining the table would drop the trigger that keeps article text immutable)
ALTER TABLE "Article" ADD COLUMN "datePrecision" TEXT NOT NULL DEFAULT 'day';

-- CreateIndex
CREATE UNIQUE INDEX "OutletAlias_normalized_key" ON "OutletAlias"("normalized");

-- CreateIndex
CREATE INDEX "OutletAlias_outletId_idx" ON "OutletAlias"("outletId");

