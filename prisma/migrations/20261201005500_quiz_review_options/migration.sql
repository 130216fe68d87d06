-- AlterTable (columns added, not a table redefinition: applies after main's 20261130233153_partial_credit, which
-- redefines Quiz, without dropping anything)
ALTER TABLE "Quiz" ADD COLUMN "reviewDuring" TEXT NOT NULL DEFAULT 'keys';
ALTER TABLE "Quiz" ADD COLUMN "reviewAfterSubmit" TEXT NOT NULL DEFAULT 'keys';
ALTER TABLE "Quiz" ADD COLUMN "reviewAfterClose" TEXT NOT NULL DEFAULT 'keys';
