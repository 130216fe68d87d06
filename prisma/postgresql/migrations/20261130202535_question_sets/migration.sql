-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'article';
