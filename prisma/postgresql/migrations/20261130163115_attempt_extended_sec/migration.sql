-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "extendedSec" INTEGER NOT NULL DEFAULT 0;
