-- AlterTable
ALTER TABLE "Attempt" ALTER COLUMN "score" SET DEFAULT 0,
ALTER COLUMN "score" SET DATA TYPE DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "autoCredit" DOUBLE PRECISION,
ADD COLUMN     "credit" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN     "partialCredit" BOOLEAN NOT NULL DEFAULT false;

-- Backfill: every answer so far was judged all or nothing.
UPDATE "Response" SET "credit" = CASE WHEN "correct" THEN 1 ELSE 0 END;
UPDATE "Response" SET "autoCredit" = CASE WHEN "autoCorrect" THEN 1 ELSE 0 END WHERE "autoCorrect" IS NOT NULL;
