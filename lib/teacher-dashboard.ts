// Counts for the teacher's dashboard.
import "server-only";
import { db } from "@/lib/db";

export async function getDashboardCounts({ teacherId }: { teacherId: string }) {
  const [articles, quizzes, classes, assignments] = await Promise.all([
    db.article.count({ where: { ownerId: teacherId } }),
    db.quiz.count({ where: { ownerId: teacherId, deletedAt: null } }),
    db.class.count({ where: { ownerId: teacherId, deletedAt: null } }),
    db.assignment.count({ where: { quiz: { ownerId: teacherId }, deletedAt: null } }),
  ]);
  return { articles, quizzes, classes, assignments };
}
