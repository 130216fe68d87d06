// Deleting an anonymous paste: only the device that pasted it may, and to anyone else it does not exist (404).
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export async function deleteDeviceArticle({ articleId, deviceId }: { articleId: string; deviceId: string | null }) {
  if (!deviceId) throw new NotFoundError("No such article.");
  // Questions and practice attempts go with it (onDelete: Cascade). The public sample has no device, so it stays.
  const { count } = await db.article.deleteMany({ where: { id: articleId, ownerId: null, deviceId } });
  if (count === 0) throw new NotFoundError("No such article.");
}
