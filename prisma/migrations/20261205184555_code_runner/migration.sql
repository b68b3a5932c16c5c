-- CreateEnum
CREATE TYPE "Level" AS ENUM ('JUNIOR', 'MID', 'SENIOR');

-- CreateEnum
CREATE TYPE "CheckOutcome" AS ENUM ('PASSED', 'FAILED');

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "outcome" "CheckOutcome",
ADD COLUMN     "runsBefore" INTEGER;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "level" "Level",
ADD COLUMN     "rubric" JSONB,
ADD COLUMN     "runner" JSONB,
ADD COLUMN     "topic" TEXT;

-- AlterTable
ALTER TABLE "ReviewState" ADD COLUMN     "lastChecked" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CodeDraft" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CodeDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CodeDraft_userId_questionId_key" ON "CodeDraft"("userId", "questionId");

-- AddForeignKey
ALTER TABLE "CodeDraft" ADD CONSTRAINT "CodeDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodeDraft" ADD CONSTRAINT "CodeDraft_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;
