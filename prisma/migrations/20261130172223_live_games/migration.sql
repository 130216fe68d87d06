-- CreateTable
CREATE TABLE "LiveGame" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "quizId" TEXT NOT NULL,
    "pin" TEXT NOT NULL,
    "questionIds" TEXT NOT NULL,
    "scoring" TEXT NOT NULL DEFAULT 'accuracy',
    "streakBonus" BOOLEAN NOT NULL DEFAULT false,
    "questionSec" INTEGER NOT NULL DEFAULT 20,
    "phase" TEXT NOT NULL DEFAULT 'lobby',
    "questionIndex" INTEGER NOT NULL DEFAULT -1,
    "openedAt" DATETIME,
    "deadlineAt" DATETIME,
    "pausedAt" DATETIME,
    "pausedRemainingMs" INTEGER,
    "pausedMs" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    CONSTRAINT "LiveGame_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveGame_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LivePlayer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "gameId" TEXT NOT NULL,
    "deviceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "score" INTEGER NOT NULL DEFAULT 0,
    "streak" INTEGER NOT NULL DEFAULT 0,
    "extraTimePercent" INTEGER NOT NULL DEFAULT 0,
    "removedAt" DATETIME,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LivePlayer_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "LiveGame" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LiveAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "gameId" TEXT NOT NULL,
    "playerId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "questionIndex" INTEGER NOT NULL,
    "given" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "points" INTEGER NOT NULL,
    "elapsedMs" INTEGER NOT NULL,
    "answeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LiveAnswer_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "LiveGame" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveAnswer_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "LivePlayer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "LiveGame_pin_createdAt_idx" ON "LiveGame"("pin", "createdAt");

-- CreateIndex
CREATE INDEX "LiveGame_quizId_createdAt_idx" ON "LiveGame"("quizId", "createdAt");

-- CreateIndex
CREATE INDEX "LiveGame_ownerId_createdAt_idx" ON "LiveGame"("ownerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "LivePlayer_gameId_deviceId_key" ON "LivePlayer"("gameId", "deviceId");

-- CreateIndex
CREATE UNIQUE INDEX "LivePlayer_gameId_name_key" ON "LivePlayer"("gameId", "name");

-- CreateIndex
CREATE INDEX "LiveAnswer_gameId_questionIndex_idx" ON "LiveAnswer"("gameId", "questionIndex");

-- CreateIndex
CREATE UNIQUE INDEX "LiveAnswer_playerId_questionId_key" ON "LiveAnswer"("playerId", "questionId");
