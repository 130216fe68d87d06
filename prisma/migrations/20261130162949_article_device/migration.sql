-- AlterTable
ALTER TABLE "Article" ADD COLUMN "deviceId" TEXT;

-- CreateIndex
CREATE INDEX "Article_deviceId_createdAt_idx" ON "Article"("deviceId", "createdAt");
