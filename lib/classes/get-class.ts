// One class of the teacher's, with its roster (current students, and whether their PIN is locked after wrong tries;
// removed ones are counted, not listed).
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { isPinLocked } from "@/lib/students/join-rate-limit";
import { CLASS_SELECT } from "./list-classes";

export async function getClass({ teacherId, classId }: { teacherId: string; classId: string }) {
  const found = await db.class.findFirst({
    where: { id: classId, ownerId: teacherId },
    select: {
      ...CLASS_SELECT,
      students: {
        where: { removedAt: null },
        orderBy: [{ joinedAt: "asc" }, { displayName: "asc" }],
        select: { id: true, displayName: true, pin: true, joinedAt: true },
      },
    },
  });
  if (!found) throw new NotFoundError("No such class.");
  // counted through the classId indexes: Prisma's `_count` groups the whole table (issue 9)
  const [removed, assignmentCount] = await Promise.all([
    db.student.findMany({
      where: { classId: found.id, removedAt: { not: null } },
      orderBy: { removedAt: "desc" },
      select: { id: true, displayName: true, removedAt: true },
    }),
    db.assignment.count({ where: { classId: found.id } }),
  ]);
  const { students, ...rest } = found;
  const roster = await Promise.all(
    students.map(async (s) => ({
      ...s,
      isPinLocked: await isPinLocked({ classId: found.id, displayName: s.displayName }),
    })),
  );
  return { ...rest, students: roster, removed, removedCount: removed.length, assignmentCount };
}
