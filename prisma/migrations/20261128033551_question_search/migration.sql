-- Full-text and typo-tolerant search over questions (issue 4).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The search document: title weighs most, then the prompt, then the answer. A stored generated
-- column: PostgreSQL keeps it current on every write, and ranking reads it instead of re-parsing
-- the text of every matching question.
ALTER TABLE "Question" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
  setweight(to_tsvector('english'::regconfig, "prompt"), 'B') ||
  setweight(to_tsvector('english'::regconfig, "answer"), 'C')
) STORED;

-- Ranking reads this smaller vector of the title (A) and prompt (B): it stays inline in the row,
-- where ranking thousands of full answers would read each one from TOAST storage.
ALTER TABLE "Question" ADD COLUMN "rankVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
  setweight(to_tsvector('english'::regconfig, "prompt"), 'B')
) STORED;

-- No planner statistics for the search document. With them, PostgreSQL reads a term found in a
-- third of the questions with a sequential scan, which decompresses every stored document (3 kB
-- each, TOASTed): 35 ms on 10,000 questions. Without them it uses the GIN index below, whose
-- matches are exact and need no document read: 10 ms (npm run bench:search).
ALTER TABLE "Question" ALTER COLUMN "searchVector" SET STATISTICS 0;

-- Over live questions only, as the search never shows retired ones (and being partial, Prisma
-- leaves it alone rather than seeing drift in an index it cannot declare).
CREATE INDEX "Question_searchVector_idx" ON "Question" USING GIN ("searchVector") WHERE "retiredAt" IS NULL;

-- CreateIndex
CREATE INDEX "Question_title_idx" ON "Question" USING GIN ("title" gin_trgm_ops);

-- The bank's default order (easiest first, then by title) read straight from an index, so the
-- first page of an unfiltered list needs no sort of every question.
CREATE INDEX "Question_listing_idx" ON "Question" ("difficulty", "title") WHERE "retiredAt" IS NULL;
