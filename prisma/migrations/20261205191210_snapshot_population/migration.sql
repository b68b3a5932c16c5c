-- CreateEnum
CREATE TYPE "SnapshotPopulation" AS ENUM ('JOB_POSTINGS', 'EMPLOYED_WORKERS', 'SURVEY_RESPONDENTS');

-- AlterTable
ALTER TABLE "MarketSnapshot" ADD COLUMN     "population" "SnapshotPopulation" NOT NULL DEFAULT 'JOB_POSTINGS';
