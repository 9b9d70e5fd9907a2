-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EntityName" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entityId" TEXT NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'und',
    "name" TEXT NOT NULL,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "normalized" TEXT NOT NULL,
    "skeleton" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "EntityName_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EntityName" ("entityId", "id", "isPrimary", "lang", "name", "normalized") SELECT "entityId", "id", "isPrimary", "lang", "name", "normalized" FROM "EntityName";
DROP TABLE "EntityName";
ALTER TABLE "new_EntityName" RENAME TO "EntityName";
CREATE INDEX "EntityName_normalized_idx" ON "EntityName"("normalized");
CREATE INDEX "EntityName_skeleton_idx" ON "EntityName"("skeleton");
CREATE UNIQUE INDEX "EntityName_entityId_lang_name_key" ON "EntityName"("entityId", "lang", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

