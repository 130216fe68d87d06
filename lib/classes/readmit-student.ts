// The teacher lets a removed student back in: the same student (name, PIN, results), on the devices they had.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export async function readmitStudent({
  teacherId,
  classId,
  studentId,
}: {
  teacherId: string;
  classId: string;
  studentId: string;
}) {
  const { count } = await db.student.updateMany({
    where: { id: studentId, classId, removedAt: { not: null }, class: { ownerId: teacherId, deletedAt: null } },
    data: { removedAt: null },
  });
  if (count === 0) throw new NotFoundError("No such removed student in this class.");
}
