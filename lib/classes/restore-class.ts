// Undoes a soft delete: the class comes back with a new join code (the old one may have been shared widely).
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { withFreshJoinCode } from "./join-code";

export async function restoreClass({ teacherId, classId }: { teacherId: string; classId: string }) {
  const found = await db.class.findFirst({
    where: { id: classId, ownerId: teacherId, deletedAt: { not: null } },
    select: { id: true },
  });
  if (!found) throw new NotFoundError("No such deleted class.");
  return withFreshJoinCode((joinCode) =>
    db.class.update({
      where: { id: classId },
      data: { deletedAt: null, joinCode },
      select: { id: true, joinCode: true },
    }),
  );
}
