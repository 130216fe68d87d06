// Issue 12: a quiz may draw questions from several of the teacher's articles. Adding across articles, ownership (another
// teacher's question is a 404, through the JSON route too), each question's evidence from its own article (answer
// feedback, the attempt read back, review cards, results links, export, print), and deleting an article a quiz draws
// from (refused: the quiz's results stay whole).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { DELETE as deleteArticleRoute } from "@/app/api/teacher/articles/[id]/route";
import { PUT as putItems } from "@/app/api/teacher/quizzes/[id]/items/route";
import { deleteTeacherArticle } from "@/lib/articles/delete-teacher-article";
import { getAttemptView } from "@/lib/attempts/attempts";
import { startAssignmentAttempt } from "@/lib/attempts/start-assignment-attempt";
import { submitAnswer } from "@/lib/attempts/submit-answer";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { loadQuizExport } from "@/lib/interop/export-questions";
import { getPrintableQuiz } from "@/lib/quizzes/get-printable-quiz";
import { getQuiz } from "@/lib/quizzes/get-quiz";
import { setQuizItems } from "@/lib/quizzes/set-quiz-items";
import { getAssignmentResults } from "@/lib/results/assignment-results";
import { createReviewCards } from "@/lib/review/create-review-cards";
import {
  attemptKeys,
  makeClassWithStudent,
  makeQuiz,
  makeTeacherWithArticle,
  wrongAnswer,
} from "../../setup/factories";
import { session, signOut } from "../../setup/teacher-session";

// The session is the request boundary: Better Auth's getSession answers for whoever the test signs in.
vi.mock("next/headers", () => import("../../setup/teacher-session"));
vi.mock("@/lib/auth", () => import("../../setup/teacher-session"));
beforeEach(signOut);

const KIVU = "Lake Kivu lies between Rwanda and Congo.\nIts deep water holds methane gas. Boats fish at night.";
const KIVU_SENTENCE = "Its deep water holds methane gas.";

/** A second article of `ownerId` with one approved question whose evidence is KIVU_SENTENCE. */
async function makeKivu(ownerId: string, language = "en") {
  const start = KIVU.indexOf(KIVU_SENTENCE);
  const article = await db.article.create({ data: { title: "Lake Kivu", body: KIVU, language, ownerId } });
  const question = await db.question.create({
    data: {
      articleId: article.id,
      position: 0,
      type: "mcq",
      prompt: "What does the deep water of Lake Kivu hold?",
      choices: JSON.stringify(["methane gas", "salt", "oil"]),
      answer: JSON.stringify("methane gas"),
      evidenceStart: start,
      evidenceEnd: start + KIVU_SENTENCE.length,
      generatorKey: "kivu-1",
      generatorVersion: "test",
      status: "approved",
    },
  });
  return { article, question };
}

async function setup() {
  const { teacher, articleId } = await makeTeacherWithArticle();
  const quiz = await makeQuiz(teacher.id, articleId, { feedback: "immediate" });
  const firstIds = (await db.quizItem.findMany({ where: { quizId: quiz.id }, orderBy: { position: "asc" } })).map(
    (i) => i.questionId,
  );
  const kivu = await makeKivu(teacher.id);
  return { teacher, articleId, quiz, firstIds, kivu };
}

describe("a quiz from several articles", () => {
  it("adds an approved question of another of the teacher's articles; the quiz lists both articles", async () => {
    const { teacher, articleId, quiz, firstIds, kivu } = await setup();
    await setQuizItems({ teacherId: teacher.id, quizId: quiz.id, questionIds: [firstIds[0], kivu.question.id] });
    const view = await getQuiz({ teacherId: teacher.id, quizId: quiz.id });
    expect(view.items.map((i) => [i.id, i.articleId])).toEqual([
      [firstIds[0], articleId],
      [kivu.question.id, kivu.article.id],
    ]);
    expect(view.sources.map((s) => [s.id, s.count])).toEqual([
      [articleId, 1],
      [kivu.article.id, 1],
    ]);
    // the builder offers both articles, the quiz's home article first
    expect(view.addable.map((a) => a.id)).toEqual([articleId, kivu.article.id]);
    expect(view.addable[1]!.questions.map((q) => q.id)).toEqual([kivu.question.id]);
    // Quiz.articleId stays the home article
    expect((await db.quiz.findUniqueOrThrow({ where: { id: quiz.id } })).articleId).toBe(articleId);
    const print = await getPrintableQuiz({ teacherId: teacher.id, quizId: quiz.id });
    expect(print.sources.map((s) => s.title)).toEqual([view.sources[0]!.title, "Lake Kivu"]);
  });

  it("refuses another teacher's question as not found (404 JSON through the route), and nothing changes", async () => {
    const { teacher, quiz, firstIds } = await setup();
    const other = await makeTeacherWithArticle();
    const theirs = await makeKivu(other.teacher.id);
    await expect(
      setQuizItems({ teacherId: teacher.id, quizId: quiz.id, questionIds: [firstIds[0], theirs.question.id] }),
    ).rejects.toBeInstanceOf(NotFoundError);

    session.userId = teacher.id;
    const res = await putItems(
      new Request(`http://localhost/api/teacher/quizzes/${quiz.id}/items`, {
        method: "PUT",
        body: JSON.stringify({ questionIds: [firstIds[0], theirs.question.id] }),
      }),
      { params: Promise.resolve({ id: quiz.id }) },
    );
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
    expect((await db.quizItem.findMany({ where: { quizId: quiz.id } })).map((i) => i.questionId).sort()).toEqual(
      [...firstIds].sort(),
    );

    // the other teacher cannot put their own question into this teacher's quiz either
    session.userId = other.teacher.id;
    const foreign = await putItems(
      new Request(`http://localhost/api/teacher/quizzes/${quiz.id}/items`, {
        method: "PUT",
        body: JSON.stringify({ questionIds: [theirs.question.id] }),
      }),
      { params: Promise.resolve({ id: quiz.id }) },
    );
    expect(foreign.status).toBe(404);

    // their own question through the route is saved
    session.userId = teacher.id;
    const mine = await makeKivu(teacher.id);
    const ok = await putItems(
      new Request(`http://localhost/api/teacher/quizzes/${quiz.id}/items`, {
        method: "PUT",
        body: JSON.stringify({ questionIds: [mine.question.id, firstIds[1]] }),
      }),
      { params: Promise.resolve({ id: quiz.id }) },
    );
    expect(ok.status).toBe(200);
    expect(
      (await db.quizItem.findMany({ where: { quizId: quiz.id }, orderBy: { position: "asc" } })).map(
        (i) => i.questionId,
      ),
    ).toEqual([mine.question.id, firstIds[1]]);
  });

  it("refuses a question of the teacher's article in another language", async () => {
    const { teacher, quiz, firstIds } = await setup();
    const arabic = await makeKivu(teacher.id, "ar");
    const err = await setQuizItems({
      teacherId: teacher.id,
      quizId: quiz.id,
      questionIds: [firstIds[0], arabic.question.id],
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).code).toBe("otherLanguage");
    const view = await getQuiz({ teacherId: teacher.id, quizId: quiz.id });
    expect(view.addable.map((a) => a.id)).not.toContain(arabic.article.id);
  });

  it("takes each question's evidence from its own article: feedback, read-back, review card, results, export", async () => {
    const { teacher, articleId, quiz, firstIds, kivu } = await setup();
    await setQuizItems({ teacherId: teacher.id, quizId: quiz.id, questionIds: [firstIds[0], kivu.question.id] });
    const { klass, student } = await makeClassWithStudent(teacher.id, "dev-multi");
    const assignment = await db.assignment.create({
      data: { quizId: quiz.id, classId: klass.id, opensAt: new Date(Date.now() - 60_000) },
    });
    const { id: attemptId } = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: "dev-multi" });

    const result = await submitAnswer({
      attemptId,
      deviceId: "dev-multi",
      questionId: kivu.question.id,
      answer: "salt",
    });
    expect(result).toMatchObject({ correct: false, answer: "methane gas" });
    expect("evidence" in result && result.evidence.text).toBe(KIVU_SENTENCE);

    const view = await getAttemptView({ attemptId, deviceId: "dev-multi" });
    const response = view.responses.find((r) => r.questionId === kivu.question.id)!;
    expect("evidence" in response && response.evidence.text).toBe(KIVU_SENTENCE);
    // the context is the sentence's own paragraph of the second article
    expect("evidence" in response && response.evidence.after).toContain("Boats fish at night.");

    await createReviewCards({ attemptId, deviceId: "dev-multi" });
    const card = await db.reviewCard.findFirstOrThrow({
      where: { studentId: student.id, questionId: kivu.question.id },
    });
    expect(card.articleId).toBe(kivu.article.id);

    const results = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(results.items.map((i) => i.reviewHref)).toEqual([
      `/teacher/articles/${articleId}?question=${firstIds[0]}`,
      `/teacher/articles/${kivu.article.id}?question=${kivu.question.id}`,
    ]);

    const exported = await loadQuizExport({ teacherId: teacher.id, quizId: quiz.id });
    expect(exported.questions[1]!.evidenceText).toBe(KIVU_SENTENCE);
    expect(exported.title).toBe(quiz.title); // two articles: the export is named after the quiz
  });

  it("never deletes an article a quiz draws from: 409, and the quiz's results stay whole", async () => {
    const { teacher, quiz, firstIds, kivu } = await setup();
    await setQuizItems({ teacherId: teacher.id, quizId: quiz.id, questionIds: [firstIds[0], kivu.question.id] });
    const { klass } = await makeClassWithStudent(teacher.id, "dev-del");
    const assignment = await db.assignment.create({
      data: { quizId: quiz.id, classId: klass.id, opensAt: new Date(Date.now() - 60_000) },
    });
    const { id: attemptId } = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: "dev-del" });
    await submitAnswer({ attemptId, deviceId: "dev-del", questionId: kivu.question.id, answer: "methane gas" });
    const [first] = await attemptKeys(attemptId);
    await submitAnswer({ attemptId, deviceId: "dev-del", questionId: first!.id, answer: wrongAnswer(first!) });
    const before = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(before.rows[0]).toMatchObject({ score: 1, total: 2 });
    expect(before.rows[0]!.cells.map((c) => c.state)).toEqual(["wrong", "right"]);

    session.userId = teacher.id;
    const res = await deleteArticleRoute(
      new Request(`http://localhost/api/teacher/articles/${kivu.article.id}`, { method: "DELETE" }),
      { params: Promise.resolve({ id: kivu.article.id }) },
    );
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: { code: "articleInUse" } });
    expect(await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id })).toEqual(before);

    // Taken out of the quiz, the answered question still holds results: still refused.
    await setQuizItems({ teacherId: teacher.id, quizId: quiz.id, questionIds: [firstIds[0]] });
    await expect(deleteTeacherArticle({ teacherId: teacher.id, articleId: kivu.article.id })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await db.article.count({ where: { id: kivu.article.id } })).toBe(1);
    const response = await db.response.findFirstOrThrow({ where: { attemptId, questionId: kivu.question.id } });
    expect(response.correct).toBe(true);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.score).toBe(1);

    // The quiz's home article is refused as well (the quiz was made from it).
    await expect(deleteTeacherArticle({ teacherId: teacher.id, articleId: quiz.articleId })).rejects.toBeInstanceOf(
      ConflictError,
    );

    // An article nothing uses is deleted; another teacher's is not found.
    const unused = await makeKivu(teacher.id);
    const other = await makeTeacherWithArticle();
    await expect(
      deleteTeacherArticle({ teacherId: other.teacher.id, articleId: unused.article.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await deleteTeacherArticle({ teacherId: teacher.id, articleId: unused.article.id });
    expect(await db.article.count({ where: { id: unused.article.id } })).toBe(0);
  });
});
