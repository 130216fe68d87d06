// The teacher unlocks a student's PIN after too many wrong tries locked it (lib/students/join-rate-limit.ts).
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { unlockPin } from "@/lib/students/join-rate-limit";
import { classStudent, type ClassStudentRef } from "./class-student";

export async function unlockStudentPin(ref: ClassStudentRef): Promise<void> {
  const student = await db.student.findFirst({
    where: classStudent(ref, { removed: false, openClass: true }),
    select: { displayName: true },
  });
  if (!student) throw new NotFoundError("No such student in this class.");
  await unlockPin({ classId: ref.classId, displayName: student.displayName });
}
