// Test data for quizzes, assignments and results, created directly with `db`.
import { db } from "@/lib/db";

let seq = 0;
const next = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

export async function makeTeacher(name = "Teacher") {
  const id = `t-${next()}`;
  return db.user.create({ data: { id, name, email: `${id}@example.test` } });
}

export interface QuestionSpec {
  type?: string;
  status?: "approved" | "draft";
  archived?: boolean;
  choices?: string[];
  answer?: string | string[];
  prompt?: string;
}

export async function makeArticle(ownerId: string, specs: QuestionSpec[], language = "en") {
  const article = await db.article.create({
    data: { title: `Article ${next()}`, body: "Some text. More text.", language, ownerId },
  });
  const questions = [];
  for (const [i, s] of specs.entries()) {
    questions.push(
      await db.question.create({
        data: {
          articleId: article.id,
          position: i,
          type: s.type ?? "mcq",
          prompt: s.prompt ?? `Question ${i + 1}?`,
          choices: JSON.stringify(s.choices ?? ["A", "B", "C"]),
          answer: JSON.stringify(s.answer ?? "A"),
          evidenceStart: 0,
          evidenceEnd: 4,
          generatorKey: `k${i}`,
          generatorVersion: "test",
          status: s.status ?? "approved",
          archivedAt: s.archived ? new Date() : null,
        },
      }),
    );
  }
  return { article, questions };
}

/** A new version of a question (as the review screen makes when editing an answered one): archives the old. */
export async function makeNewVersion(questionId: string, patch: { prompt?: string } = {}) {
  const old = await db.question.update({ where: { id: questionId }, data: { archivedAt: new Date() } });
  const { id: _id, createdAt: _c, updatedAt: _u, archivedAt: _a, ...rest } = old;
  return db.question.create({
    data: { ...rest, ...patch, version: old.version + 1, previousId: old.id, archivedAt: null },
  });
}

export async function makeClass(ownerId: string, names: string[], opts: { deleted?: boolean } = {}) {
  const klass = await db.class.create({
    data: {
      ownerId,
      name: `Class ${next()}`,
      joinCode: opts.deleted ? null : next().slice(-6).toUpperCase(),
      deletedAt: opts.deleted ? new Date() : null,
    },
  });
  const students = [];
  for (const [i, displayName] of names.entries()) {
    students.push(await db.student.create({ data: { classId: klass.id, displayName, pin: String(1000 + i) } }));
  }
  return { klass, students };
}

/**
 * A finished (or not) attempt with responses given as [questionId, correct, seconds?, given?, credit?] (credit: a
 * partly right answer's share of a point; else 1 when correct, 0 when not).
 */
export async function makeAttempt(opts: {
  assignmentId: string;
  articleId: string;
  studentId: string;
  number?: number;
  questionIds: string[];
  responses: [string, boolean, number?, (string | string[])?, number?][];
  finished?: boolean;
}) {
  const creditOf = (r: (typeof opts.responses)[number]) => (r[1] ? 1 : (r[4] ?? 0));
  const score = opts.responses.reduce((sum, r) => sum + creditOf(r), 0);
  return db.attempt.create({
    data: {
      articleId: opts.articleId,
      deviceId: "device-test",
      assignmentId: opts.assignmentId,
      studentId: opts.studentId,
      number: opts.number ?? 1,
      questionIds: JSON.stringify(opts.questionIds),
      total: opts.questionIds.length,
      score,
      finishedAt: opts.finished === false ? null : new Date(),
      responses: {
        create: opts.responses.map((r) => ({
          questionId: r[0],
          correct: r[1],
          credit: creditOf(r),
          seconds: r[2] ?? null,
          given: JSON.stringify(r[3] ?? (r[1] ? "A" : "B")),
        })),
      },
    },
  });
}
