-- The skills a role's own discipline implies (content/roles/*.yaml impliedSkills), written by the
-- next content sync, which rewrites every role as its hash is emptied.
ALTER TABLE "Role" ADD COLUMN "impliedSkills" TEXT[] DEFAULT ARRAY[]::TEXT[];
UPDATE "Role" SET "contentHash" = '';

-- A question's primary skill (the first its file lists) replaces the per-skill weight, which every
-- row held at its default of 1.
ALTER TABLE "QuestionSkill" ADD COLUMN "primary" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "QuestionSkill" DROP COLUMN "weight";

-- Which skill comes first lives only in content/, so the next content sync must rewrite every
-- question's skills: an empty hash never matches, and the sync rewrites the question.
UPDATE "Question" SET "contentHash" = '';
