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
    "score" REAL NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL,
    "answeredCount" INTEGER NOT NULL DEFAULT 0,
    "lastAnsweredAt" DATETIME,
    CONSTRAINT "Attempt_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("accommodatedSec", "answeredCount", "articleId", "assignmentId", "deadlineAt", "deviceId", "extendedSec", "extensions", "finishedAt", "id", "lastAnsweredAt", "number", "questionIds", "score", "startedAt", "studentId", "total") SELECT "accommodatedSec", "answeredCount", "articleId", "assignmentId", "deadlineAt", "deviceId", "extendedSec", "extensions", "finishedAt", "id", "lastAnsweredAt", "number", "questionIds", "score", "startedAt", "studentId", "total" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE INDEX "Attempt_articleId_deviceId_startedAt_idx" ON "Attempt"("articleId", "deviceId", "startedAt");
CREATE INDEX "Attempt_assignmentId_studentId_idx" ON "Attempt"("assignmentId", "studentId");
CREATE INDEX "Attempt_studentId_idx" ON "Attempt"("studentId");
CREATE TABLE "new_Response" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "attemptId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "given" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "credit" REAL NOT NULL DEFAULT 0,
    "seconds" INTEGER,
    "answeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "overriddenAt" DATETIME,
    "overriddenById" TEXT,
    "autoCorrect" BOOLEAN,
    "autoCredit" REAL,
    CONSTRAINT "Response_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Response_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Response" ("answeredAt", "attemptId", "autoCorrect", "correct", "given", "id", "overriddenAt", "overriddenById", "questionId", "seconds") SELECT "answeredAt", "attemptId", "autoCorrect", "correct", "given", "id", "overriddenAt", "overriddenById", "questionId", "seconds" FROM "Response";
DROP TABLE "Response";
ALTER TABLE "new_Response" RENAME TO "Response";
CREATE INDEX "Response_questionId_idx" ON "Response"("questionId");
CREATE UNIQUE INDEX "Response_attemptId_questionId_key" ON "Response"("attemptId", "questionId");
CREATE TABLE "new_Quiz" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "timeLimitSec" INTEGER,
    "attemptsAllowed" INTEGER NOT NULL DEFAULT 1,
    "shuffleQuestions" BOOLEAN NOT NULL DEFAULT false,
    "shuffleChoices" BOOLEAN NOT NULL DEFAULT false,
    "feedback" TEXT NOT NULL DEFAULT 'immediate',
    "partialCredit" BOOLEAN NOT NULL DEFAULT false,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Quiz_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Quiz_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Quiz" ("articleId", "attemptsAllowed", "createdAt", "deletedAt", "feedback", "id", "ownerId", "shuffleChoices", "shuffleQuestions", "timeLimitSec", "title", "updatedAt") SELECT "articleId", "attemptsAllowed", "createdAt", "deletedAt", "feedback", "id", "ownerId", "shuffleChoices", "shuffleQuestions", "timeLimitSec", "title", "updatedAt" FROM "Quiz";
DROP TABLE "Quiz";
ALTER TABLE "new_Quiz" RENAME TO "Quiz";
CREATE INDEX "Quiz_ownerId_createdAt_idx" ON "Quiz"("ownerId", "createdAt");
-- Backfill: every answer so far was judged all or nothing.
UPDATE "Response" SET "credit" = CASE WHEN "correct" THEN 1 ELSE 0 END;
UPDATE "Response" SET "autoCredit" = CASE WHEN "autoCorrect" THEN 1 ELSE 0 END WHERE "autoCorrect" IS NOT NULL;
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
