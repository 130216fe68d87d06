// The teacher's assignments (all, or one quiz's), with completion: students who finished at least one attempt
// over the class's students who have not been removed. A deleted class's assignments stay listed (marked).
import "server-only";
import { db } from "@/lib/db";
import { ASSIGNMENT_SELECT, ownedAssignments } from "./owned-assignment";

export interface AssignmentSummary {
  id: string;
  opensAt: Date;
  dueAt: Date | null;
  createdAt: Date;
  /** Deleted by the teacher (results kept): listed, marked, not changeable. */
  isDeleted: boolean;
  quiz: { id: string; title: string; isDeleted: boolean };
  class: { id: string; name: string; isDeleted: boolean };
  completed: number;
  students: number;
}

export async function listAssignments({
  teacherId,
  quizId,
}: {
  teacherId: string;
  quizId?: string;
}): Promise<AssignmentSummary[]> {
  const rows = await db.assignment.findMany({
    where: { ...ownedAssignments(teacherId), ...(quizId ? { quizId } : {}) },
    orderBy: [{ opensAt: "desc" }, { createdAt: "desc" }],
    take: 500,
    select: {
      ...ASSIGNMENT_SELECT,
      quiz: { select: { id: true, title: true, deletedAt: true } },
      class: {
        select: { id: true, name: true, deletedAt: true },
      },
    },
  });
  if (rows.length === 0) return [];
  const finished = await db.attempt.findMany({
    where: { assignmentId: { in: rows.map((r) => r.id) }, finishedAt: { not: null }, student: { removedAt: null } },
    distinct: ["assignmentId", "studentId"],
    select: { assignmentId: true, studentId: true },
  });
  const studentsOf = await countStudents([...new Set(rows.map((r) => r.class.id))]);
  const completed = new Map<string, number>();
  for (const f of finished) if (f.assignmentId) completed.set(f.assignmentId, (completed.get(f.assignmentId) ?? 0) + 1);
  return rows.map((r) => ({
    id: r.id,
    opensAt: r.opensAt,
    dueAt: r.dueAt,
    createdAt: r.createdAt,
    isDeleted: r.deletedAt != null,
    quiz: { id: r.quiz.id, title: r.quiz.title, isDeleted: r.quiz.deletedAt != null },
    class: { id: r.class.id, name: r.class.name, isDeleted: r.class.deletedAt != null },
    completed: completed.get(r.id) ?? 0,
    students: studentsOf.get(r.class.id) ?? 0,
  }));
}

/** Classes a quiz can be assigned to: the teacher's, not deleted. */
export async function listAssignableClasses({ teacherId }: { teacherId: string }) {
  const classes = await db.class.findMany({
    where: { ownerId: teacherId, deletedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const studentsOf = await countStudents(classes.map((c) => c.id));
  return classes.map((c) => ({ ...c, _count: { students: studentsOf.get(c.id) ?? 0 } }));
}

/** Current students per class, through the Student(classId) index: `_count` groups the whole table (issue 9). */
async function countStudents(classIds: string[]): Promise<Map<string, number>> {
  const rows = await db.student.groupBy({
    by: ["classId"],
    where: { classId: { in: classIds }, removedAt: null },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.classId, r._count._all]));
}
