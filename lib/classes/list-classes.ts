// A teacher's classes with their student counts; deleted ones apart (they keep results until purged).
import "server-only";
import { db } from "@/lib/db";

export async function listClasses({ teacherId }: { teacherId: string }) {
  const rows = await db.class.findMany({
    where: { ownerId: teacherId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      joinCode: true,
      createdAt: true,
      deletedAt: true,
      _count: { select: { students: { where: { removedAt: null } }, assignments: true } },
    },
  });
  const toItem = (c: (typeof rows)[number]) => ({
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    createdAt: c.createdAt,
    deletedAt: c.deletedAt,
    studentCount: c._count.students,
    assignmentCount: c._count.assignments,
  });
  return {
    active: rows.filter((c) => !c.deletedAt).map(toItem),
    deleted: rows.filter((c) => c.deletedAt).map(toItem),
  };
}
