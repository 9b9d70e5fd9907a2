-- Written by hand (Prisma has no triggers), as SQLite's 20261206120000_relation_proposals: every
-- write an aspect's stored proposals depend on marks the aspect stale, and a relation drawn or
-- turned down removes its pair's proposal (lib/relations/store-proposals.ts); both increase the
-- aspect's version. Here a writer may run beside a computation that has just made the aspect's
-- ProposalState row, so a missing row is inserted rather than passed over: the computation's insert
-- then waits for the writer and reads what it wrote, or the writer's version tells it to start again.
CREATE FUNCTION "Proposals_mark"(aspects text[], stale boolean) RETURNS void LANGUAGE sql AS $$
    INSERT INTO "ProposalState" ("aspectId", "fresh", "version")
    SELECT a."id", false, 1 FROM "Aspect" a WHERE a."id" = ANY(aspects) ORDER BY a."id"
    ON CONFLICT ("aspectId") DO UPDATE
    SET "fresh" = "ProposalState"."fresh" AND NOT stale, "version" = "ProposalState"."version" + 1;
$$;

-- A claim written marks its own aspect and those of the denials whose span holds it, before or after.
CREATE FUNCTION "Proposals_claim"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    before "Claim";
    after "Claim";
BEGIN
    IF TG_OP <> 'INSERT' THEN
        before := OLD;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        after := NEW;
    END IF;
    IF before."aspectId" IS NULL AND after."aspectId" IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM "Proposals_mark"(ARRAY[before."aspectId", after."aspectId"] || ARRAY(
        SELECT c."aspectId" FROM "Claim" c
        WHERE c."stance" IN ('denies', 'disputes') AND c."aspectId" IS NOT NULL AND (
            (c."articleId" = before."articleId" AND c."start" <= before."start" AND c."end" >= before."end")
            OR (c."articleId" = after."articleId" AND c."start" <= after."start" AND c."end" >= after."end"))), true);
    RETURN NULL;
END $$;

CREATE TRIGGER "Proposals_claim_write" AFTER INSERT OR DELETE ON "Claim"
FOR EACH ROW EXECUTE FUNCTION "Proposals_claim"();
CREATE TRIGGER "Proposals_claim_update" AFTER UPDATE OF
    "articleId", "eventId", "aspectId", "quote", "start", "end", "stance", "speakerId", "low", "high", "unit",
    "counted", "approximate", "statedLow", "statedHigh", "vagueness", "status", "deletedAt" ON "Claim"
FOR EACH ROW EXECUTE FUNCTION "Proposals_claim"();

CREATE FUNCTION "Proposals_article"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "Proposals_mark"(ARRAY(SELECT c."aspectId" FROM "Claim" c WHERE c."articleId" = NEW."id"), true);
    RETURN NULL;
END $$;

CREATE TRIGGER "Proposals_article_update" AFTER UPDATE OF
    "outletId", "lang", "publishedAt", "datePrecision", "text" ON "Article"
FOR EACH ROW EXECUTE FUNCTION "Proposals_article"();

CREATE FUNCTION "Proposals_entityName"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    entities text[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        entities := ARRAY[NEW."entityId"];
    ELSIF TG_OP = 'UPDATE' THEN
        entities := ARRAY[OLD."entityId", NEW."entityId"];
    ELSE
        entities := ARRAY[OLD."entityId"];
    END IF;
    PERFORM "Proposals_mark"(ARRAY(SELECT c."aspectId" FROM "Claim" c WHERE c."speakerId" = ANY(entities)), true);
    RETURN NULL;
END $$;

CREATE TRIGGER "Proposals_entityName_write" AFTER INSERT OR DELETE ON "EntityName"
FOR EACH ROW EXECUTE FUNCTION "Proposals_entityName"();
CREATE TRIGGER "Proposals_entityName_update" AFTER UPDATE OF "entityId", "name" ON "EntityName"
FOR EACH ROW EXECUTE FUNCTION "Proposals_entityName"();

-- A relation drawn increases its claims' aspects' versions (a computation under way does not store
-- the pair again), then removes the pair's proposal.
CREATE FUNCTION "Proposals_relation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM "Proposals_mark"(ARRAY(SELECT c."aspectId" FROM "Claim" c WHERE c."id" IN (OLD."fromId", OLD."toId")), true);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM "Proposals_mark"(ARRAY(SELECT c."aspectId" FROM "Claim" c WHERE c."id" IN (NEW."fromId", NEW."toId")), false);
        DELETE FROM "RelationProposal" WHERE ("fromId" = NEW."fromId" AND "toId" = NEW."toId")
            OR ("fromId" = NEW."toId" AND "toId" = NEW."fromId");
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "Proposals_relation_write" AFTER INSERT OR DELETE ON "ClaimRelation"
FOR EACH ROW EXECUTE FUNCTION "Proposals_relation"();
CREATE TRIGGER "Proposals_relation_update" AFTER UPDATE OF "fromId", "toId" ON "ClaimRelation"
FOR EACH ROW EXECUTE FUNCTION "Proposals_relation"();
