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

-- Not partial: a partial index cannot take part in the BitmapOr with the title index below.
CREATE INDEX "Question_searchVector_idx" ON "Question" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Question_title_idx" ON "Question" USING GIN ("title" gin_trgm_ops);
