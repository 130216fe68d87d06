// Which assignments a teacher may reach: their own quiz given to one of their own classes (deleted ones included;
// each caller decides what a deleted one still allows). The one ownership rule of every read and change of one.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The options of an action on one assignment: who asks, which one, and the clock (tests pass their own). */
export interface AssignmentRef {
  teacherId: string;
  assignmentId: string;
  now?: Date;
}

/** The columns every teacher's view of an assignment reads (the list and one assignment). */
export const ASSIGNMENT_SELECT = { id: true, opensAt: true, dueAt: true, deletedAt: true, createdAt: true } as const;

/** A `where` for the teacher's assignments; add `id` for one. */
export function ownedAssignments(teacherId: string) {
  return { quiz: { ownerId: teacherId }, class: { ownerId: teacherId } } satisfies Prisma.AssignmentWhereInput;
}
