-- CreateTable
CREATE TABLE "RelationProposal" (
    "aspectId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "eventId" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,

    PRIMARY KEY ("aspectId", "seq"),
    CONSTRAINT "RelationProposal_aspectId_fkey" FOREIGN KEY ("aspectId") REFERENCES "Aspect" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RelationProposal_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RelationProposal_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProposalState" (
    "aspectId" TEXT NOT NULL PRIMARY KEY,
    "fresh" BOOLEAN NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ProposalState_aspectId_fkey" FOREIGN KEY ("aspectId") REFERENCES "Aspect" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RelationProposal_eventId_aspectId_idx" ON "RelationProposal"("eventId", "aspectId");

-- CreateIndex
CREATE INDEX "RelationProposal_fromId_toId_idx" ON "RelationProposal"("fromId", "toId");

-- CreateIndex
CREATE INDEX "RelationProposal_toId_idx" ON "RelationProposal"("toId");


-- Kept by hand (Prisma has no triggers). An aspect's stored proposals are computed from its claims
-- (quote, span, stance, speaker and the speaker's names, figure, article's outlet, language, date
-- and text), the relations drawn between them, and which denials hold another claim in their span
-- (lib/relations/proposals.ts, load-nested.ts). Every write to one of those marks the aspect's
-- ProposalState not fresh, so that the next read computes them again (lib/relations/store-proposals.ts);
-- a relation drawn or turned down removes only its pair's proposal, which is all it changes. Both
-- increase the version, so that a computation under way does not store what it read before them. A
-- claim written marks its own aspect and those of the denials whose span holds it (before or after the
-- write), whose answers it may be. An aspect without a row has nothing computed: nothing to mark.

CREATE TRIGGER "Proposals_claim_insert" AFTER INSERT ON "Claim"
WHEN NEW."aspectId" IS NOT NULL
BEGIN
    UPDATE "ProposalState" SET "fresh" = false, "version" = "version" + 1 WHERE "aspectId" = NEW."aspectId" OR "aspectId" IN (
        SELECT "aspectId" FROM "Claim" WHERE "articleId" = NEW."articleId" AND "stance" IN ('denies', 'disputes')
          AND "start" <= NEW."start" AND "end" >= NEW."end");
END;

CREATE TRIGGER "Proposals_claim_update" AFTER UPDATE OF
    "articleId", "eventId", "aspectId", "quote", "start", "end", "stance", "speakerId", "low", "high", "unit",
    "counted", "approximate", "statedLow", "statedHigh", "vagueness", "status", "deletedAt" ON "Claim"
WHEN OLD."aspectId" IS NOT NULL OR NEW."aspectId" IS NOT NULL
BEGIN
    UPDATE "ProposalState" SET "fresh" = false, "version" = "version" + 1 WHERE "aspectId" IN (OLD."aspectId", NEW."aspectId") OR "aspectId" IN (
        SELECT "aspectId" FROM "Claim" WHERE "stance" IN ('denies', 'disputes') AND (
          ("articleId" = OLD."articleId" AND "start" <= OLD."start" AND "end" >= OLD."end")
          OR ("articleId" = NEW."articleId" AND "start" <= NEW."start" AND "end" >= NEW."end")));
END;

CREATE TRIGGER "Proposals_claim_delete" AFTER DELETE ON "Claim"
WHEN OLD."aspectId" IS NOT NULL
BEGIN
    UPDATE "ProposalState" SET "fresh" = false, "version" = "version" + 1 WHERE "aspectId" = OLD."aspectId" OR "aspectId" IN (
        SELECT "aspectId" FROM "Claim" WHERE "articleId" = OLD."articleId" AND "stance" IN ('denies', 'disputes')
          AND "start" <= OLD."start" AND "end" >= OLD."end");
END;

CREATE TRIGGER "Proposals_article_update" AFTER UPDATE OF
    "outletId", "lang", "publishedAt", "datePrecision", "text" ON "Article"
BEGIN
    UPDATE "ProposalState" SET "fresh" = false, "version" = "version" + 1 WHERE "aspectId" IN (SELECT "aspectId" FROM "Claim" WHERE "articleId" = NEW."id");
END;

CREATE TRIGGER "Proposals_entityName_insert" AFTER INSERT ON "EntityName"
BEGIN
    UPDATE "ProposalState" SET "fresh" = false, "version" = "version" + 1 WHERE "aspectId" IN (SELECT "aspectId" FROM "Claim" WHERE "speakerId" = NEW."entityId");
END;

CREATE TRIGGER "Proposals_entityName_update" AFTER UPDATE OF "entityId", "name" ON "EntityName"
BEGIN
    UPDATE "ProposalState" SET "fresh" = false, "version" = "version" + 1 WHERE "aspectId" IN (
        SELECT "aspectId" FROM "Claim" WHERE "speakerId" IN (OLD."entityId", NEW."entityId"));
END;

CREATE TRIGGER "Proposals_entityName_delete" AFTER DELETE ON "EntityName"
BEGIN
    UPDATE "ProposalState" SET "fresh" = false, "version" = "version" + 1 WHERE "aspectId" IN (SELECT "aspectId" FROM "Claim" WHERE "speakerId" = OLD."entityId");
END;

CREATE TRIGGER "Proposals_relation_insert" AFTER INSERT ON "ClaimRelation"
BEGIN
    UPDATE "ProposalState" SET "version" = "version" + 1 WHERE "aspectId" IN (
        SELECT "aspectId" FROM "Claim" WHERE "id" IN (NEW."fromId", NEW."toId"));
    DELETE FROM "RelationProposal" WHERE ("fromId" = NEW."fromId" AND "toId" = NEW."toId")
        OR ("fromId" = NEW."toId" AND "toId" = NEW."fromId");
END;

CREATE TRIGGER "Proposals_relation_update" AFTER UPDATE OF "fromId", "toId" ON "ClaimRelation"
BEGIN
    UPDATE "ProposalState" SET "fresh" = false, "version" = "version" + 1 WHERE "aspectId" IN (
        SELECT "aspectId" FROM "Claim" WHERE "id" IN (OLD."fromId", OLD."toId", NEW."fromId", NEW."toId"));
    DELETE FROM "RelationProposal" WHERE ("fromId" = NEW."fromId" AND "toId" = NEW."toId")
        OR ("fromId" = NEW."toId" AND "toId" = NEW."fromId");
END;

CREATE TRIGGER "Proposals_relation_delete" AFTER DELETE ON "ClaimRelation"
BEGIN
    UPDATE "ProposalState" SET "fresh" = false, "version" = "version" + 1 WHERE "aspectId" IN (SELECT "aspectId" FROM "Claim" WHERE "id" IN (OLD."fromId", OLD."toId"));
END;
