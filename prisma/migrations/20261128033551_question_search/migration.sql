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

-- Over live questions only, as the search never shows retired ones (and being partial, Prisma
-- leaves it alone rather than seeing drift in an index it cannot declare).
CREATE INDEX "Question_searchVector_idx" ON "Question" USING GIN ("searchVector") WHERE "retiredAt" IS NULL;

-- CreateIndex
CREATE INDEX "Question_title_idx" ON "Question" USING GIN ("title" gin_trgm_ops);
