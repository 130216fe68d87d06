// Deleting a class is soft: its code stops working and students lose access, but results stay (and stay
// exportable) until the teacher purges it.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export async function deleteClass({ teacherId, classId }: { teacherId: string; classId: string }) {
  const { count } = await db.class.updateMany({
    where: { id: classId, ownerId: teacherId, deletedAt: null },
    data: { deletedAt: new Date(), joinCode: null },
  });
  if (count === 0) throw new NotFoundError("No such class.");
}
