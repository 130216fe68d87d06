-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN     "reviewAfterClose" TEXT NOT NULL DEFAULT 'keys',
ADD COLUMN     "reviewAfterSubmit" TEXT NOT NULL DEFAULT 'keys',
ADD COLUMN     "reviewDuring" TEXT NOT NULL DEFAULT 'keys';
