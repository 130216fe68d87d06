// The teacher unlocks a student's PIN after too many wrong tries locked it (lib/students/join-rate-limit.ts).
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { unlockPin } from "@/lib/students/join-rate-limit";

export async function unlockStudentPin({
  teacherId,
  classId,
  studentId,
}: {
  teacherId: string;
  classId: string;
  studentId: string;
}): Promise<void> {
  const student = await db.student.findFirst({
    where: { id: studentId, classId, removedAt: null, class: { ownerId: teacherId, deletedAt: null } },
    select: { displayName: true },
  });
  if (!student) throw new NotFoundError("No such student in this class.");
  await unlockPin({ classId, displayName: student.displayName });
}
