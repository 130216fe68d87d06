// The teacher removes a student: every device linked to them loses access; their results stay for the teacher.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { classStudent, type ClassStudentRef } from "./class-student";

export async function removeStudent(ref: ClassStudentRef) {
  const { count } = await db.student.updateMany({
    where: classStudent(ref, { removed: false, openClass: false }),
    data: { removedAt: new Date() },
  });
  if (count === 0) throw new NotFoundError("No such student in this class.");
}
