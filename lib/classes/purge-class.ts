// "Delete permanently": only a class already deleted (two deliberate steps); students, assignments and attempts go
// with it (the schema cascades).
import "server-only";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";

export async function purgeClass({ teacherId, classId }: { teacherId: string; classId: string }) {
  const found = await db.class.findFirst({ where: { id: classId, ownerId: teacherId }, select: { deletedAt: true } });
  if (!found) throw new NotFoundError("No such class.");
  if (!found.deletedAt)
    throw new ConflictError("Delete the class first; then it can be deleted permanently.", "not_deleted");
  await db.class.deleteMany({ where: { id: classId, ownerId: teacherId, deletedAt: { not: null } } });
}
