// One student of one of the teacher's classes: what the roster's buttons (remove, readmit, unlock the PIN) act on.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The options of an action on one student of one of the teacher's classes. */
export interface ClassStudentRef {
  teacherId: string;
  classId: string;
  studentId: string;
}

/** A `where` for that student only if the class is the teacher's: a current or a removed student, and with
 * `openClass` only while the class is not deleted. */
export function classStudent(
  { teacherId, classId, studentId }: ClassStudentRef,
  { removed, openClass }: { removed: boolean; openClass: boolean },
) {
  return {
    id: studentId,
    classId,
    removedAt: removed ? { not: null } : null,
    class: { ownerId: teacherId, ...(openClass ? { deletedAt: null } : {}) },
  } satisfies Prisma.StudentWhereInput;
}
