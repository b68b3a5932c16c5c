-- Question search: title matches and matches of every word first, and hyphenated words found
-- without their hyphen ("pvalue" finds "p-value") (issue 17). Plain SQL functions and built-in
-- text search only: the same migration runs on PostgreSQL and on the embedded PGlite.

-- A field's search words. A hyphen between a letter and a letter or digit is dropped before the
-- text is parsed, so "p-value", "t-test" and "k-means" are indexed as "pvalue", "ttest" and
-- "kmeans" at their own positions (phrases and proximity keep working). The words of the
-- hyphenated form that are not already there ("p-value", "p", "value") are added after them, so
-- "value" still finds "p-value". The search text goes through the same rewrite
-- (question_search_query below), so "pvalue" and "p-value" are one query with one ranking.
-- Only pg_catalog functions in the bodies: they resolve whatever the search_path.
CREATE FUNCTION "question_search_words"(body text, weight "char") RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(joined || ts_delete(to_tsvector('english'::regconfig, coalesce(body, '')), tsvector_to_array(joined)), weight)
  FROM (
    SELECT to_tsvector('english'::regconfig, regexp_replace(coalesce(body, ''), '([[:alpha:]])-(?=[[:alnum:]])', '\1', 'g')) AS joined
  ) AS parsed
$$;

-- What the search box's text means (lib/questions/search-query.ts): web-search syntax ("a phrase",
-- -word, or) after the same hyphen rewrite. Keep the two patterns identical.
CREATE FUNCTION "question_search_query"(search text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT websearch_to_tsquery('english'::regconfig, regexp_replace(search, '([[:alpha:]])-(?=[[:alnum:]])', '\1', 'g'))
$$;

-- The generated columns are rebuilt with the new words (PostgreSQL 15 cannot change a generated
-- column's expression in place). Dropping searchVector drops its index.
ALTER TABLE "Question" DROP COLUMN "searchVector";
ALTER TABLE "Question" DROP COLUMN "rankVector";

-- What a search matches: title (A), topic (B, "window-functions" read as "window functions"),
-- prompt (B) and answer (C).
ALTER TABLE "Question" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  question_search_words("title", 'A') ||
  question_search_words(replace("topic", '-', ' '), 'B') ||
  question_search_words("prompt", 'B') ||
  question_search_words("answer", 'C')
) STORED;

-- What ranking reads: title, topic and prompt, small enough to stay inline in the row (ranking
-- thousands of full answers would read each from TOAST storage). ts_rank_cd over it is zero
-- unless every word is in the title, topic or prompt, and higher the closer together they are.
ALTER TABLE "Question" ADD COLUMN "rankVector" tsvector GENERATED ALWAYS AS (
  question_search_words("title", 'A') ||
  question_search_words(replace("topic", '-', ' '), 'B') ||
  question_search_words("prompt", 'B')
) STORED;

-- The title's words alone: "every word is in the title" is the first ranking key, and testing it
-- on this short vector costs far less than filtering rankVector by weight for every match.
ALTER TABLE "Question" ADD COLUMN "titleVector" tsvector GENERATED ALWAYS AS (
  question_search_words("title", 'A')
) STORED;

-- As in the question-search migration: no planner statistics for the search document, so that a
-- common word is read through the GIN index rather than by decompressing every document.
ALTER TABLE "Question" ALTER COLUMN "searchVector" SET STATISTICS 0;

-- Without GIN's pending list (fastupdate): questions are written only by the seed, and entries
-- waiting in that list are read by every search and inflate the planner's cost of the index until
-- a vacuum merges them (and the embedded PGlite runs no autovacuum). After a fresh load of 10,000
-- questions it held 227 pages, and a search with filters took 15 ms instead of 4 (the planner
-- walked the filter's questions instead). The price: loading all 610 questions takes about 1.5 s
-- longer.
CREATE INDEX "Question_searchVector_idx" ON "Question" USING GIN ("searchVector") WITH (fastupdate = off) WHERE "retiredAt" IS NULL;
