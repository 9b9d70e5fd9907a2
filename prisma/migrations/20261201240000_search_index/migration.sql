-- Full-text search over articles, claims and notes (lib/search). The application stems each text in
-- its own language before it reaches the index (lib/search/words.ts), so the tokenizer only splits the
-- stems at spaces; bm25() weighs a title above a body. SearchDoc names the item of each row of the
-- index (its id is the row's rowid); Prisma does not model the virtual table, which is written through
-- $executeRaw in the same transaction as each write that changes what it holds.
-- CreateTable
CREATE TABLE "SearchDoc" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "SearchDoc_articleId_idx" ON "SearchDoc"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "SearchDoc_kind_itemId_key" ON "SearchDoc"("kind", "itemId");


-- CreateVirtualTable
CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
    "title",
    "body",
    tokenize = 'unicode61 remove_diacritics 0'
);
