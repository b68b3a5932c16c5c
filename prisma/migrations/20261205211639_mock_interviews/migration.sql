-- CreateTable
CREATE TABLE "Mock" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "lengthMinutes" INTEGER NOT NULL,
    "practiceMode" BOOLEAN NOT NULL DEFAULT false,
    "hideTags" BOOLEAN NOT NULL DEFAULT true,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "pausedAt" TIMESTAMP(3),
    "pausedMs" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'active',
    "answeringEndedAt" TIMESTAMP(3),
    "scoredAt" TIMESTAMP(3),
    "score" DOUBLE PRECISION,
    "shareToken" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Mock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MockQuestion" (
    "id" TEXT NOT NULL,
    "mockId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "questionId" TEXT NOT NULL,
    "round" TEXT NOT NULL,
    "allottedSeconds" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "timedOut" BOOLEAN NOT NULL DEFAULT false,
    "answer" TEXT NOT NULL DEFAULT '',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "outcome" "CheckOutcome",
    "metCriteria" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "score" DOUBLE PRECISION,
    "attemptId" TEXT,

    CONSTRAINT "MockQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Mock_shareToken_key" ON "Mock"("shareToken");

-- CreateIndex
CREATE INDEX "Mock_userId_createdAt_idx" ON "Mock"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MockQuestion_attemptId_key" ON "MockQuestion"("attemptId");

-- CreateIndex
CREATE INDEX "MockQuestion_questionId_idx" ON "MockQuestion"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "MockQuestion_mockId_position_key" ON "MockQuestion"("mockId", "position");

-- AddForeignKey
ALTER TABLE "Mock" ADD CONSTRAINT "Mock_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MockQuestion" ADD CONSTRAINT "MockQuestion_mockId_fkey" FOREIGN KEY ("mockId") REFERENCES "Mock"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MockQuestion" ADD CONSTRAINT "MockQuestion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MockQuestion" ADD CONSTRAINT "MockQuestion_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE SET NULL ON UPDATE CASCADE;
