-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LivePlayer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "gameId" TEXT NOT NULL,
    "deviceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "studentId" TEXT,
    "score" INTEGER NOT NULL DEFAULT 0,
    "streak" INTEGER NOT NULL DEFAULT 0,
    "extraTimePercent" INTEGER NOT NULL DEFAULT 0,
    "removedAt" DATETIME,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LivePlayer_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "LiveGame" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LivePlayer_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_LivePlayer" ("deviceId", "extraTimePercent", "gameId", "id", "joinedAt", "name", "removedAt", "score", "streak") SELECT "deviceId", "extraTimePercent", "gameId", "id", "joinedAt", "name", "removedAt", "score", "streak" FROM "LivePlayer";
DROP TABLE "LivePlayer";
ALTER TABLE "new_LivePlayer" RENAME TO "LivePlayer";
CREATE UNIQUE INDEX "LivePlayer_gameId_deviceId_key" ON "LivePlayer"("gameId", "deviceId");
CREATE UNIQUE INDEX "LivePlayer_gameId_name_key" ON "LivePlayer"("gameId", "name");
CREATE UNIQUE INDEX "LivePlayer_gameId_studentId_key" ON "LivePlayer"("gameId", "studentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
