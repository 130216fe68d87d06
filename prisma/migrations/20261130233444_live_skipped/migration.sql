-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LiveGame" (
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
    "skipped" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    CONSTRAINT "LiveGame_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveGame_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_LiveGame" ("createdAt", "deadlineAt", "endedAt", "id", "openedAt", "ownerId", "pausedAt", "pausedMs", "pausedRemainingMs", "phase", "pin", "questionIds", "questionIndex", "questionSec", "quizId", "scoring", "streakBonus") SELECT "createdAt", "deadlineAt", "endedAt", "id", "openedAt", "ownerId", "pausedAt", "pausedMs", "pausedRemainingMs", "phase", "pin", "questionIds", "questionIndex", "questionSec", "quizId", "scoring", "streakBonus" FROM "LiveGame";
DROP TABLE "LiveGame";
ALTER TABLE "new_LiveGame" RENAME TO "LiveGame";
CREATE INDEX "LiveGame_pin_createdAt_idx" ON "LiveGame"("pin", "createdAt");
CREATE INDEX "LiveGame_quizId_createdAt_idx" ON "LiveGame"("quizId", "createdAt");
CREATE INDEX "LiveGame_ownerId_createdAt_idx" ON "LiveGame"("ownerId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
