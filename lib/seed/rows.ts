// Layer: server, also loaded outside Next (seed, Prisma CLI, proxy): no "server-only" marker, never for the browser.
// Rows written straight to the database, below the domain functions: the seed (prisma/seed.ts → seedSample) and the
// test factories (tests/setup/factories.ts) build teachers, articles with their questions, quizzes and classes
// through these, so a column added to the schema is filled in one place. The app itself never calls them: a
// teacher's article goes through createArticle, a quiz through createQuiz.
import type { Db } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A question row of an article (toQuestionData makes one from the generator's output). */
export type QuestionRow = Omit<Prisma.QuestionCreateWithoutArticleInput, "article">;

export function insertTeacher(db: Db, { id, name, email }: { id: string; name: string; email: string }) {
  return db.user.create({ data: { id, name, email } });
}

export async function insertArticle(
  db: Db,
  {
    questions,
    ...article
  }: {
    title: string;
    body: string;
    language: string;
    ownerId?: string;
    sampleKey?: string;
    notice?: string | null;
    questions: QuestionRow[];
  },
) {
  return db.article.create({
    data: { ...article, questions: { create: questions } },
    include: { questions: { orderBy: { position: "asc" } } },
  });
}

export function insertQuiz(
  db: Db,
  {
    questionIds,
    ...quiz
  }: Omit<Prisma.QuizUncheckedCreateInput, "items"> & { ownerId: string; articleId: string; questionIds: string[] },
) {
  return db.quiz.create({
    data: { ...quiz, items: { create: questionIds.map((questionId, position) => ({ questionId, position })) } },
  });
}

/** A class and its students, created in the order given (so `students[i]` is the i-th name). */
export async function insertClass(
  db: Db,
  {
    students,
    ...data
  }: {
    ownerId: string;
    name: string;
    joinCode: string | null;
    deletedAt?: Date | null;
    students: { displayName: string; pin: string; deviceId?: string }[];
  },
) {
  const klass = await db.class.create({ data });
  const rows = [];
  for (const { deviceId, ...s } of students) {
    rows.push(
      await db.student.create({
        data: { ...s, classId: klass.id, ...(deviceId ? { devices: { create: { deviceId } } } : {}) },
      }),
    );
  }
  return { klass, students: rows };
}
