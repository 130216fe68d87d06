-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "deviceId" TEXT NOT NULL,
    "assignmentId" TEXT,
    "studentId" TEXT,
    "number" INTEGER NOT NULL DEFAULT 1,
    "questionIds" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadlineAt" DATETIME,
    "extensions" INTEGER NOT NULL DEFAULT 0,
    "extendedSec" INTEGER NOT NULL DEFAULT 0,
    "accommodatedSec" INTEGER NOT NULL DEFAULT 0,
    "finishedAt" DATETIME,
    "score" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL,
    "answeredCount" INTEGER NOT NULL DEFAULT 0,
    "lastAnsweredAt" DATETIME,
    CONSTRAINT "Attempt_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("accommodatedSec", "articleId", "assignmentId", "deadlineAt", "deviceId", "extendedSec", "extensions", "finishedAt", "id", "number", "questionIds", "score", "startedAt", "studentId", "total") SELECT "accommodatedSec", "articleId", "assignmentId", "deadlineAt", "deviceId", "extendedSec", "extensions", "finishedAt", "id", "number", "questionIds", "score", "startedAt", "studentId", "total" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE INDEX "Attempt_articleId_deviceId_startedAt_idx" ON "Attempt"("articleId", "deviceId", "startedAt");
CREATE INDEX "Attempt_assignmentId_studentId_idx" ON "Attempt"("assignmentId", "studentId");
CREATE INDEX "Attempt_studentId_idx" ON "Attempt"("studentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Backfill from the answers already stored (issue 9: the answer path keeps these instead of counting responses).
UPDATE "Attempt" SET
  "answeredCount" = (SELECT COUNT(*) FROM "Response" r WHERE r."attemptId" = "Attempt"."id"),
  "lastAnsweredAt" = (SELECT MAX(r."answeredAt") FROM "Response" r WHERE r."attemptId" = "Attempt"."id");
