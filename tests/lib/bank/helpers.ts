// Shared setup for the bank tests: two teachers, an owned article with generated questions, and a student answer.
import { createTeacherArticle } from "@/lib/bank/teacher-articles";
import { db } from "@/lib/db";
import { ENGLISH_ARTICLE } from "../../setup/factories";

export async function makeTeacher(id: string) {
  return db.user.create({ data: { id, name: id, email: `${id}@example.test` } });
}

export async function makeTeacherArticle(teacherId: string, body = ENGLISH_ARTICLE) {
  const a = await createTeacherArticle({ teacherId, input: { title: "Riverside", body } });
  const questions = await db.question.findMany({ where: { articleId: a.id }, orderBy: { position: "asc" } });
  return { articleId: a.id, questions };
}

/** A student's recorded answer to the question (the row past results read). */
export async function answer(articleId: string, questionId: string, given: string = "x") {
  const attempt = await db.attempt.create({
    data: { articleId, deviceId: "device-1", questionIds: JSON.stringify([questionId]), total: 1 },
  });
  return db.response.create({
    data: { attemptId: attempt.id, questionId, given: JSON.stringify(given), correct: false },
  });
}

export async function makeQuiz(ownerId: string, articleId: string, questionIds: string[]) {
  return db.quiz.create({
    data: {
      ownerId,
      articleId,
      title: "Quiz",
      items: { create: questionIds.map((questionId, position) => ({ questionId, position })) },
    },
    select: { id: true },
  });
}
