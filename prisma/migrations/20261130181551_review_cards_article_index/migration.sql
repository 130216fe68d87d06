-- CreateIndex
CREATE INDEX "ReviewCard_articleId_suspendedAt_idx" ON "ReviewCard"("articleId", "suspendedAt");
