// The teacher lets a removed student back in: the same student (name, PIN, results), on the devices they had.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { classStudent, type ClassStudentRef } from "./class-student";

export async function readmitStudent(ref: ClassStudentRef) {
  const { count } = await db.student.updateMany({
    where: classStudent(ref, { removed: true, openClass: true }),
    data: { removedAt: null },
  });
  if (count === 0) throw new NotFoundError("No such removed student in this class.");
}
