// Test data shared by the lib tests: small articles in both languages with facts the generator can ask about (enough
// headline figures and quotes that its default mix, which keeps only questions a teacher would keep, asks four or more).
export const ENGLISH_ARTICLE = `The Riverside Library
The Riverside Library opened on 4 June 1998 with 40,000 books.
It was designed by the architect Maria Lopez, who later became the city's chief planner.
In 2010, the library added a digital archive of 12,000 maps.
"Every child in this town deserves a quiet place to read," said Mayor Tom Becker in 2011.
The library now welcomes about 300 visitors a day.
The city council approved a budget of $2.4 million for the library in March 2023, up 15% from the year before.
The new budget paid for a children's wing with 8,000 picture books and a reading garden of 600 square metres.
"We wanted a room where a four-year-old and a ninety-year-old feel equally at home," said the librarian Ana Ruiz.
Loans of e-books rose by 45% in 2023, while loans of printed books fell by 6%.
The library employs 28 staff and about 70 volunteers, who run homework clubs on weekday afternoons.`;

export const ARABIC_ARTICLE = `افتُتحت مكتبة النهر في عام 1998 وضمت 40 ألف كتاب.
صممت المهندسة مريم الحسيني مبنى المكتبة، ثم أصبحت لاحقًا رئيسة التخطيط في المدينة.
وفي عام 2010 أضافت المكتبة أرشيفًا رقميًا يضم 12 ألف خريطة.
وقال رئيس البلدية سامي القاسم في عام 2011: "كل طفل في هذه المدينة يستحق مكانًا هادئًا للقراءة".
وتستقبل المكتبة اليوم نحو 300 زائر يوميًا.
وأقر المجلس البلدي في مارس 2023 ميزانية قدرها 2.4 مليون دولار للمكتبة، بزيادة 15% عن العام السابق.
وموّلت الميزانية الجديدة جناحًا للأطفال يضم 8 آلاف كتاب مصور وحديقة للقراءة مساحتها 600 متر مربع.
وقالت أمينة المكتبة سلمى العلي: "أردنا قاعة يشعر فيها الطفل والجد بالراحة نفسها".
وارتفعت إعارة الكتب الإلكترونية بنسبة 45% في عام 2023، فيما تراجعت إعارة الكتب الورقية بنسبة 6%.
ويعمل في المكتبة 28 موظفًا ونحو 70 متطوعًا يديرون نوادي الواجبات المدرسية بعد الظهر.`;

import { createArticle } from "@/lib/articles/create-article";
import { createAssignment } from "@/lib/assignments/create-assignment";
import { createTeacherArticle } from "@/lib/bank/teacher-articles";
import { db } from "@/lib/db";
import { parseAnswer } from "@/lib/question-rows";
import { createQuiz } from "@/lib/quizzes/create-quiz";
import { insertArticle, insertClass, insertQuiz, insertTeacher } from "@/lib/seed/rows";

// The one set of test factories. Rows go through lib/seed/rows.ts, as the seed's do; where a test needs what a
// teacher would really get (generated questions), the factory calls the domain function instead (createArticle).

let seq = 0;
const next = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

export async function makeTeacher({ id = `t-${next()}`, name }: { id?: string; name?: string } = {}) {
  return insertTeacher(db, { id, name: name ?? id, email: `${id}@example.test` });
}

/** A teacher with an article whose generated questions are all approved. */
export async function makeTeacherWithArticle(body = ENGLISH_ARTICLE) {
  const teacher = await makeTeacher();
  const article = await createArticle({ title: `Article ${teacher.id}`, body }, { ownerId: teacher.id });
  await db.question.updateMany({ where: { articleId: article.id }, data: { status: "approved" } });
  return { teacher, articleId: article.id };
}

/** An article of `teacherId` made as the review screen makes one (generated questions, drafts), and its questions. */
export async function makeTeacherArticle(teacherId: string, body = ENGLISH_ARTICLE) {
  const a = await createTeacherArticle({ teacherId, input: { title: "Riverside", body } });
  const questions = await db.question.findMany({ where: { articleId: a.id }, orderBy: { position: "asc" } });
  return { articleId: a.id, questions };
}

export interface QuestionSpec {
  type?: string;
  status?: "approved" | "draft";
  archived?: boolean;
  choices?: string[];
  answer?: string | string[];
  prompt?: string;
}

/** An article with hand-made questions (default: approved multiple choice, key "A" of A/B/C). */
export async function makeArticle(ownerId: string, specs: QuestionSpec[], language = "en") {
  const article = await insertArticle(db, {
    title: `Article ${next()}`,
    body: "Some text. More text.",
    language,
    ownerId,
    questions: specs.map((s, i) => ({
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
    })),
  });
  const { questions, ...rest } = article;
  return { article: rest, questions };
}

/** A new version of a question (as the review screen makes when editing an answered one): archives the old. */
export async function makeNewVersion(questionId: string, patch: { prompt?: string } = {}) {
  const old = await db.question.update({ where: { id: questionId }, data: { archivedAt: new Date() } });
  const { id: _id, createdAt: _c, updatedAt: _u, archivedAt: _a, ...rest } = old;
  return db.question.create({
    data: { ...rest, ...patch, version: old.version + 1, previousId: old.id, archivedAt: null },
  });
}

/** A quiz of the article's questions (all of them, in order, unless `questionIds` is given). */
export async function makeQuiz(
  ownerId: string,
  articleId: string,
  {
    questionIds,
    ...settings
  }: Partial<{
    questionIds: string[];
    timeLimitSec: number | null;
    attemptsAllowed: number;
    shuffleQuestions: boolean;
    shuffleChoices: boolean;
    feedback: string;
    reviewDuring: string;
    reviewAfterSubmit: string;
    reviewAfterClose: string;
  }> = {},
) {
  const ids =
    questionIds ??
    (await db.question.findMany({ where: { articleId }, orderBy: { position: "asc" }, select: { id: true } })).map(
      (q) => q.id,
    );
  return insertQuiz(db, { ownerId, articleId, title: `Quiz ${next()}`, ...settings, questionIds: ids });
}

/** A live game (in its lobby) of a new quiz of the teacher's new article with `specs` as its questions, in order. */
export async function makeLiveGame(
  teacherId: string,
  specs: QuestionSpec[],
  { scoring = "accuracy", streakBonus = false }: { scoring?: "accuracy" | "speed"; streakBonus?: boolean } = {},
) {
  const { createLiveGame } = await import("@/lib/live/host-game"); // loaded only by the tests that play a game
  const { article, questions } = await makeArticle(teacherId, specs);
  const quiz = await makeQuiz(teacherId, article.id, { questionIds: questions.map((q) => q.id) });
  const game = await createLiveGame({ teacherId, quizId: quiz.id, questionSec: 20, scoring, streakBonus });
  return { article, quiz, questions, game };
}

/** The week the results tests assign in (UTC). */
export const ASSIGNED_WEEK = { opensAt: "2026-01-10T08:00:00.000Z", dueAt: "2026-01-17T08:00:00.000Z" };

/** An article of `specs`, a quiz of all its questions and a class of `names`, assigned (through createQuiz and
 * createAssignment, as a teacher does it) for `dates`. */
export async function makeAssignment(
  teacherId: string,
  specs: QuestionSpec[],
  names: string[],
  dates: { opensAt?: string; dueAt: string } = ASSIGNED_WEEK,
) {
  const { article, questions } = await makeArticle(teacherId, specs);
  const ids = questions.map((q) => q.id);
  const quiz = await createQuiz({ teacherId, input: { title: "Quiz", articleId: article.id, questionIds: ids } });
  const { klass, students } = await makeClass(teacherId, names);
  const assignment = await createAssignment({ teacherId, input: { quizId: quiz.id, classId: klass.id, ...dates } });
  return { article, ids, quiz, klass, students, assignment };
}

/** No classes (nor what hangs off them) and no teachers but two: Ana (`a`) and Ben (`b`). */
export async function resetToTwoTeachers(a: string, b: string) {
  await db.class.deleteMany();
  await db.user.deleteMany();
  await db.user.createMany({
    data: [
      { id: a, name: "Ana", email: "ana@example.com" },
      { id: b, name: "Ben", email: "ben@example.com" },
    ],
  });
}

/** A class with one student already linked to `deviceId`. */
export async function makeClassWithStudent(ownerId: string, deviceId: string, name = "Sara") {
  const { klass, students } = await insertClass(db, {
    ownerId,
    name: `Class ${next()}`,
    joinCode: next().slice(-6).toUpperCase(),
    students: [{ displayName: name, pin: "1234", deviceId }],
  });
  return { klass, student: students[0]! };
}

/** A class with these students (PINs 1000, 1001, …), or a deleted one (no join code). */
export async function makeClass(ownerId: string, names: string[], opts: { deleted?: boolean } = {}) {
  return insertClass(db, {
    ownerId,
    name: `Class ${next()}`,
    joinCode: opts.deleted ? null : next().slice(-6).toUpperCase(),
    deletedAt: opts.deleted ? new Date() : null,
    students: names.map((displayName, i) => ({ displayName, pin: String(1000 + i) })),
  });
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

/** A student's recorded answer to the question outside any quiz (the row past results read). */
export async function answer(articleId: string, questionId: string, given: string = "x") {
  const attempt = await db.attempt.create({
    data: { articleId, deviceId: "device-1", questionIds: JSON.stringify([questionId]), total: 1 },
  });
  return db.response.create({
    data: { attemptId: attempt.id, questionId, given: JSON.stringify(given), correct: false },
  });
}

/** The keys of an attempt's questions, in its order, read from the database (pages never show them before answering). */
export async function attemptKeys(attemptId: string) {
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  const ids = JSON.parse(attempt.questionIds) as string[];
  const rows = await db.question.findMany({ where: { id: { in: ids } } });
  return ids.map((id) => {
    const r = rows.find((x) => x.id === id)!;
    return { id, type: r.type, choices: JSON.parse(r.choices) as string[], answer: parseAnswer(r.answer) };
  });
}

/** An answer that is surely wrong for this question. */
export function wrongAnswer(q: { type: string; choices: string[]; answer: string | string[] }): string | string[] {
  if (Array.isArray(q.answer)) return [...q.answer].reverse();
  if (q.type === "short_answer") return "completely different words";
  return q.choices.find((c) => c !== q.answer)!;
}
