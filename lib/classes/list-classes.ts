// A teacher's classes with their student counts; deleted ones apart (they keep results until purged).
import "server-only";
import { db } from "@/lib/db";

/** The columns every teacher's view of a class reads (the list and one class). */
export const CLASS_SELECT = { id: true, name: true, joinCode: true, createdAt: true, deletedAt: true } as const;

export async function listClasses({ teacherId }: { teacherId: string }) {
  const rows = await db.class.findMany({
    where: { ownerId: teacherId },
    orderBy: { createdAt: "desc" },
    select: CLASS_SELECT,
  });
  // counted through indexes for these classes only: Prisma's `_count` groups the whole table (issue 9)
  const ids = rows.map((c) => c.id);
  const [students, assignments] = await Promise.all([
    db.student.groupBy({ by: ["classId"], where: { classId: { in: ids }, removedAt: null }, _count: { _all: true } }),
    db.assignment.groupBy({ by: ["classId"], where: { classId: { in: ids } }, _count: { _all: true } }),
  ]);
  const studentsOf = new Map(students.map((s) => [s.classId, s._count._all]));
  const assignmentsOf = new Map(assignments.map((a) => [a.classId, a._count._all]));
  const toItem = (c: (typeof rows)[number]) => ({
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    createdAt: c.createdAt,
    deletedAt: c.deletedAt,
    studentCount: studentsOf.get(c.id) ?? 0,
    assignmentCount: assignmentsOf.get(c.id) ?? 0,
  });
  return {
    active: rows.filter((c) => !c.deletedAt).map(toItem),
    deleted: rows.filter((c) => c.deletedAt).map(toItem),
  };
}
