-- Full-text and typo-tolerant search over questions (issue 4).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The search document: title weighs most, then the prompt, then the answer. An immutable function
-- with an expression index (rather than a stored column) keeps the schema in step with
-- schema.prisma, and queries call the same function so that the index is used.
CREATE FUNCTION question_search_vector(title text, prompt text, answer text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN
  setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce(prompt, '')), 'B') ||
  setweight(to_tsvector('english'::regconfig, coalesce(answer, '')), 'C');

CREATE INDEX "Question_search_idx" ON "Question" USING GIN (question_search_vector("title", "prompt", "answer"));

-- CreateIndex
CREATE INDEX "Question_title_idx" ON "Question" USING GIN ("title" gin_trgm_ops);
