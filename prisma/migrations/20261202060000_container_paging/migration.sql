-- CreateTable
CREATE TABLE "LiveCount" (
    "kind" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "Claim_createdAt_id_idx" ON "Claim"("createdAt", "id");

-- CreateIndex
CREATE INDEX "ClaimRelation_createdAt_id_idx" ON "ClaimRelation"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Annotation_created_id_idx" ON "Annotation"("created", "id");


-- Kept by hand (Prisma has no triggers): a claim or note counts while it is not deleted.
INSERT INTO "LiveCount" ("kind", "count") SELECT 'claim', COUNT(*) FROM "Claim" WHERE "deletedAt" IS NULL;
INSERT INTO "LiveCount" ("kind", "count") SELECT 'note', COUNT(*) FROM "Annotation" WHERE "deletedAt" IS NULL;

CREATE TRIGGER "LiveCount_claim_insert" AFTER INSERT ON "Claim" WHEN NEW."deletedAt" IS NULL
BEGIN
    UPDATE "LiveCount" SET "count" = "count" + 1 WHERE "kind" = 'claim';
END;

CREATE TRIGGER "LiveCount_claim_update" AFTER UPDATE OF "deletedAt" ON "Claim"
WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL)
BEGIN
    UPDATE "LiveCount" SET "count" = "count" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "kind" = 'claim';
END;

CREATE TRIGGER "LiveCount_claim_delete" AFTER DELETE ON "Claim" WHEN OLD."deletedAt" IS NULL
BEGIN
    UPDATE "LiveCount" SET "count" = "count" - 1 WHERE "kind" = 'claim';
END;

CREATE TRIGGER "LiveCount_note_insert" AFTER INSERT ON "Annotation" WHEN NEW."deletedAt" IS NULL
BEGIN
    UPDATE "LiveCount" SET "count" = "count" + 1 WHERE "kind" = 'note';
END;

CREATE TRIGGER "LiveCount_note_update" AFTER UPDATE OF "deletedAt" ON "Annotation"
WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL)
BEGIN
    UPDATE "LiveCount" SET "count" = "count" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "kind" = 'note';
END;

CREATE TRIGGER "LiveCount_note_delete" AFTER DELETE ON "Annotation" WHEN OLD."deletedAt" IS NULL
BEGIN
    UPDATE "LiveCount" SET "count" = "count" - 1 WHERE "kind" = 'note';
END;
