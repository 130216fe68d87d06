-- AlterTable
ALTER TABLE "Response" ADD COLUMN "autoCorrect" BOOLEAN;
ALTER TABLE "Response" ADD COLUMN "overriddenAt" DATETIME;
ALTER TABLE "Response" ADD COLUMN "overriddenById" TEXT;

-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN "deletedAt" DATETIME;

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN "deletedAt" DATETIME;
