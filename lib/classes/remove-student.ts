// The teacher removes a student: every device linked to them loses access; their results stay for the teacher.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export async function removeStudent({
  teacherId,
  classId,
  studentId,
}: {
  teacherId: string;
  classId: string;
  studentId: string;
}) {
  const { count } = await db.student.updateMany({
    where: { id: studentId, classId, removedAt: null, class: { ownerId: teacherId } },
    data: { removedAt: new Date() },
  });
  if (count === 0) throw new NotFoundError("No such student in this class.");
}
