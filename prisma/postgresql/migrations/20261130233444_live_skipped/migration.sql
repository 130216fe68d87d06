-- AlterTable
ALTER TABLE "LiveGame" ADD COLUMN     "skipped" TEXT NOT NULL DEFAULT '[]';
