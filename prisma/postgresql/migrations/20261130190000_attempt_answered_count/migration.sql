-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "answeredCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastAnsweredAt" TIMESTAMP(3);

-- Backfill from the answers already stored (issue 9: the answer path keeps these instead of counting responses).
UPDATE "Attempt" SET
  "answeredCount" = (SELECT COUNT(*) FROM "Response" r WHERE r."attemptId" = "Attempt"."id"),
  "lastAnsweredAt" = (SELECT MAX(r."answeredAt") FROM "Response" r WHERE r."attemptId" = "Attempt"."id");
