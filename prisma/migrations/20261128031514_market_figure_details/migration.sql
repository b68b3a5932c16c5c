-- AlterTable
ALTER TABLE "MarketSnapshot" ADD COLUMN     "caveats" TEXT[];

-- AlterTable
ALTER TABLE "ReportedFigure" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sampleSize" INTEGER;

-- AlterTable
ALTER TABLE "SkillDemand" ADD COLUMN     "salaryPremiumUsd" INTEGER;
