// A new join code for a class; the old one stops working at once (students already in keep their access).
import "server-only";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { withFreshJoinCode } from "./join-code";

export async function regenerateJoinCode({ teacherId, classId }: { teacherId: string; classId: string }) {
  const found = await db.class.findFirst({ where: { id: classId, ownerId: teacherId }, select: { deletedAt: true } });
  if (!found) throw new NotFoundError("No such class.");
  if (found.deletedAt) throw new ConflictError("Restore the class before giving it a new code.", "class_deleted");
  return withFreshJoinCode((joinCode) =>
    db.class.update({ where: { id: classId }, data: { joinCode }, select: { id: true, joinCode: true } }),
  );
}
