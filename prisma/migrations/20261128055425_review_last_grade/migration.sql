-- (No semicolons in these comments: the WASM schema engine splits the script on them.)
-- The grade of the latest attempt of each schedule, kept on the schedule so the mastery model reads
-- one row per question. Existing schedules take it from their attempts, and a schedule without any
-- attempt (which recordAttempt never leaves behind) says nothing and is removed.
ALTER TABLE "ReviewState" ADD COLUMN "lastGrade" "Grade";

UPDATE "ReviewState" SET "lastGrade" = (
  SELECT "Attempt"."grade" FROM "Attempt"
  WHERE "Attempt"."userId" = "ReviewState"."userId" AND "Attempt"."questionId" = "ReviewState"."questionId"
  ORDER BY "Attempt"."createdAt" DESC, "Attempt"."id" DESC
  LIMIT 1
);

DELETE FROM "ReviewState" WHERE "lastGrade" IS NULL;

ALTER TABLE "ReviewState" ALTER COLUMN "lastGrade" SET NOT NULL;
