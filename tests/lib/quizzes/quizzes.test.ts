import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { createQuiz } from "@/lib/quizzes/create-quiz";
import { duplicateQuiz } from "@/lib/quizzes/duplicate-delete-quiz";
import { getPrintableQuiz } from "@/lib/quizzes/get-printable-quiz";
import { getQuiz } from "@/lib/quizzes/get-quiz";
import { getQuizArticle } from "@/lib/quizzes/get-quiz-article";
import { listQuizArticles, listQuizzes } from "@/lib/quizzes/list-quizzes";
import { setQuizItems } from "@/lib/quizzes/set-quiz-items";
import { updateQuizSettings } from "@/lib/quizzes/update-quiz";
import { DEFAULT_QUIZ_SETTINGS } from "@/lib/validation/quizzes";
import { makeArticle, makeNewVersion, makeTeacher } from "../../setup/factories";

async function setup() {
  const teacher = await makeTeacher();
  const other = await makeTeacher({ name: "Other" });
  const { article, questions } = await makeArticle(teacher.id, [
    { type: "mcq" },
    { type: "mcq" },
    { type: "date" },
    { type: "true_false", choices: ["true", "false"], answer: "true" },
    { type: "mcq", status: "draft" },
    { type: "mcq", archived: true },
  ]);
  const ids = questions.map((q) => q.id);
  return { teacher, other, article, questions, ids };
}

const settings = {
  title: "Week 1",
  timeLimitMin: null,
  attemptsAllowed: 1,
  shuffleQuestions: false,
  shuffleChoices: false,
  // issue 12: off unless the teacher turns it on (all or nothing, as before)
  partialCredit: false,
  feedback: "immediate",
  reviewDuring: "keys",
  reviewAfterSubmit: "keys",
  reviewAfterClose: "keys",
};

async function codeOf(p: Promise<unknown>) {
  const err = await p.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ValidationError);
  return (err as ValidationError).code;
}

describe("createQuiz", () => {
  it("creates a quiz from chosen approved questions, in the chosen order, with defaults", async () => {
    const { teacher, article, ids } = await setup();
    const { id } = await createQuiz({
      teacherId: teacher.id,
      input: { title: "Quiz", articleId: article.id, questionIds: [ids[2], ids[0]] },
    });
    const quiz = await getQuiz({ teacherId: teacher.id, quizId: id });
    expect(quiz.items.map((i) => i.id)).toEqual([ids[2], ids[0]]);
    expect(quiz.settings).toEqual({ ...settings, title: "Quiz" });
    // the new-quiz form starts from the same defaults
    expect({ ...DEFAULT_QUIZ_SETTINGS, title: "Quiz" }).toEqual(quiz.settings);
    expect(quiz.available.map((q) => q.id)).toEqual(ids.slice(0, 4));
  });

  it("stores the time limit in seconds and reads it back in minutes", async () => {
    const { teacher, article, ids } = await setup();
    const { id } = await createQuiz({
      teacherId: teacher.id,
      input: {
        ...settings,
        timeLimitMin: 15,
        attemptsAllowed: 3,
        shuffleQuestions: true,
        shuffleChoices: true,
        feedback: "after_due",
        reviewDuring: "verdict",
        reviewAfterClose: "verdict",
        articleId: article.id,
        questionIds: [ids[0]],
      },
    });
    expect((await db.quiz.findUniqueOrThrow({ where: { id } })).timeLimitSec).toBe(900);
    const quiz = await getQuiz({ teacherId: teacher.id, quizId: id });
    expect(quiz.settings).toMatchObject({
      timeLimitMin: 15,
      attemptsAllowed: 3,
      shuffleQuestions: true,
      feedback: "after_due",
      reviewDuring: "verdict",
      reviewAfterSubmit: "keys",
      reviewAfterClose: "verdict",
    });
  });

  it("refuses draft and archived questions, and another teacher's (or no) question as not found", async () => {
    const { teacher, other, article, ids } = await setup();
    const theirs = await makeArticle(other.id, [{}]);
    for (const bad of [ids[4], ids[5]]) {
      expect(
        await codeOf(
          createQuiz({
            teacherId: teacher.id,
            input: { ...settings, articleId: article.id, questionIds: [ids[0], bad] },
          }),
        ),
      ).toBe("questionUnavailable");
    }
    for (const bad of [theirs.questions[0]!.id, "nope"]) {
      await expect(
        createQuiz({
          teacherId: teacher.id,
          input: { ...settings, articleId: article.id, questionIds: [ids[0], bad] },
        }),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db.quiz.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("refuses another teacher's article as not found", async () => {
    const { other, article, ids } = await setup();
    await expect(
      createQuiz({ teacherId: other.id, input: { ...settings, articleId: article.id, questionIds: [ids[0]] } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each([
    [{ title: "" }, "titleRequired"],
    [{ title: "x".repeat(121) }, "titleTooLong"],
    [{ timeLimitMin: 0 }, "timeLimitRange"],
    [{ timeLimitMin: 301 }, "timeLimitRange"],
    [{ attemptsAllowed: 0 }, "attemptsRange"],
    [{ attemptsAllowed: 11 }, "attemptsRange"],
    [{ feedback: "never" }, "feedbackInvalid"],
  ])("validates settings %o", async (patch, code) => {
    const { teacher, article, ids } = await setup();
    expect(
      await codeOf(
        createQuiz({
          teacherId: teacher.id,
          input: { ...settings, ...patch, articleId: article.id, questionIds: [ids[0]] },
        }),
      ),
    ).toBe(code);
  });

  it("needs questions: an empty list, duplicates, or nothing at all are refused", async () => {
    const { teacher, article, ids } = await setup();
    expect(
      await codeOf(
        createQuiz({ teacherId: teacher.id, input: { ...settings, articleId: article.id, questionIds: [] } }),
      ),
    ).toBe("noQuestions");
    expect(
      await codeOf(
        createQuiz({
          teacherId: teacher.id,
          input: { ...settings, articleId: article.id, questionIds: [ids[0], ids[0]] },
        }),
      ),
    ).toBe("duplicateQuestion");
    expect(await codeOf(createQuiz({ teacherId: teacher.id, input: { ...settings, articleId: article.id } }))).toBe(
      "noQuestions",
    );
  });

  it("picks N mixed types from approved questions only", async () => {
    const { teacher, article, ids } = await setup();
    const { id } = await createQuiz({
      teacherId: teacher.id,
      input: { ...settings, articleId: article.id, pickCount: 3 },
    });
    const quiz = await getQuiz({ teacherId: teacher.id, quizId: id });
    expect(quiz.items.map((i) => i.type).sort()).toEqual(["date", "mcq", "true_false"]);
    expect(quiz.items.every((i) => ids.slice(0, 4).includes(i.id))).toBe(true);
    const all = await createQuiz({
      teacherId: teacher.id,
      input: { ...settings, articleId: article.id, pickCount: 50 },
    });
    expect((await getQuiz({ teacherId: teacher.id, quizId: all.id })).items).toHaveLength(4);
  });

  it("says so when an article has no approved questions", async () => {
    const { teacher } = await setup();
    const { article } = await makeArticle(teacher.id, [{ status: "draft" }]);
    expect(
      await codeOf(createQuiz({ teacherId: teacher.id, input: { ...settings, articleId: article.id, pickCount: 3 } })),
    ).toBe("noApprovedQuestions");
  });
});

describe("updating and reading quizzes", () => {
  it("updates settings; another teacher gets not found", async () => {
    const { teacher, other, article, ids } = await setup();
    const { id } = await createQuiz({
      teacherId: teacher.id,
      input: { ...settings, articleId: article.id, questionIds: [ids[0]] },
    });
    await updateQuizSettings({
      teacherId: teacher.id,
      quizId: id,
      input: { ...settings, title: "Renamed", attemptsAllowed: 2 },
    });
    expect((await getQuiz({ teacherId: teacher.id, quizId: id })).settings).toMatchObject({
      title: "Renamed",
      attemptsAllowed: 2,
    });
    await expect(updateQuizSettings({ teacherId: other.id, quizId: id, input: settings })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(
      await codeOf(
        updateQuizSettings({ teacherId: teacher.id, quizId: id, input: { ...settings, attemptsAllowed: 20 } }),
      ),
    ).toBe("attemptsRange");
  });

  it("writes every setting when creating, saving settings and copying (one list of columns for all)", async () => {
    const { teacher, article, ids } = await setup();
    const created = {
      title: "All on",
      timeLimitMin: 20,
      attemptsAllowed: 3,
      shuffleQuestions: true,
      shuffleChoices: true,
      partialCredit: true,
      feedback: "after_submit",
      reviewDuring: "verdict",
      reviewAfterSubmit: "verdict",
      reviewAfterClose: "verdict",
    };
    const { id } = await createQuiz({
      teacherId: teacher.id,
      input: { ...created, articleId: article.id, questionIds: [ids[0]] },
    });
    expect((await getQuiz({ teacherId: teacher.id, quizId: id })).settings).toEqual(created);
    const saved = {
      title: "All changed",
      timeLimitMin: 5,
      attemptsAllowed: 2,
      shuffleQuestions: false,
      shuffleChoices: false,
      partialCredit: false,
      feedback: "after_due",
      reviewDuring: "keys",
      reviewAfterSubmit: "keys",
      reviewAfterClose: "keys",
    };
    await updateQuizSettings({ teacherId: teacher.id, quizId: id, input: saved });
    expect((await getQuiz({ teacherId: teacher.id, quizId: id })).settings).toEqual(saved);
    // a copy carries every setting too (it reads the same list of columns)
    const copy = await duplicateQuiz({ teacherId: teacher.id, quizId: id, title: (t) => `Copy of ${t}` });
    expect((await getQuiz({ teacherId: teacher.id, quizId: copy.id })).settings).toEqual({
      ...saved,
      title: "Copy of All changed",
    });
  });

  it("reorders, adds and removes items; refuses unusable ones; another teacher gets not found", async () => {
    const { teacher, other, article, ids } = await setup();
    const { id } = await createQuiz({
      teacherId: teacher.id,
      input: { ...settings, articleId: article.id, questionIds: [ids[0], ids[1], ids[2]] },
    });
    await setQuizItems({ teacherId: teacher.id, quizId: id, questionIds: [ids[2], ids[0], ids[3]] });
    expect((await getQuiz({ teacherId: teacher.id, quizId: id })).items.map((i) => i.id)).toEqual([
      ids[2],
      ids[0],
      ids[3],
    ]);
    expect(await codeOf(setQuizItems({ teacherId: teacher.id, quizId: id, questionIds: [ids[4]] }))).toBe(
      "questionUnavailable",
    );
    await expect(setQuizItems({ teacherId: other.id, quizId: id, questionIds: [ids[0]] })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await getQuiz({ teacherId: teacher.id, quizId: id })).items).toHaveLength(3);
  });

  it("shows an edited item as its latest version", async () => {
    const { teacher, article, ids } = await setup();
    const { id } = await createQuiz({
      teacherId: teacher.id,
      input: { ...settings, articleId: article.id, questionIds: [ids[0], ids[1]] },
    });
    const v2 = await makeNewVersion(ids[0]!, { prompt: "Edited?" });
    const quiz = await getQuiz({ teacherId: teacher.id, quizId: id });
    expect(quiz.items[0]).toMatchObject({ id: v2.id, prompt: "Edited?", isUnavailable: false });
  });

  it("lists only the teacher's quizzes and articles; reads of another teacher's quiz are not found", async () => {
    const { teacher, other, article, ids } = await setup();
    const { id } = await createQuiz({
      teacherId: teacher.id,
      input: { ...settings, articleId: article.id, questionIds: [ids[0]] },
    });
    expect((await listQuizzes({ teacherId: teacher.id })).map((q) => q.id)).toEqual([id]);
    expect(await listQuizzes({ teacherId: other.id })).toEqual([]);
    expect(await listQuizArticles({ teacherId: teacher.id })).toEqual([
      expect.objectContaining({ id: article.id, approved: 4 }),
    ]);
    expect(await listQuizArticles({ teacherId: other.id })).toEqual([]);
    await expect(getQuiz({ teacherId: other.id, quizId: id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPrintableQuiz({ teacherId: other.id, quizId: id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getQuizArticle({ teacherId: other.id, articleId: article.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getQuizArticle({ teacherId: teacher.id, articleId: article.id })).questions).toHaveLength(4);
  });

  it("prints numbered questions with their keys", async () => {
    const { teacher, article, ids } = await setup();
    const { id } = await createQuiz({
      teacherId: teacher.id,
      input: { ...settings, articleId: article.id, questionIds: [ids[3], ids[0]] },
    });
    const p = await getPrintableQuiz({ teacherId: teacher.id, quizId: id });
    expect(p.questions.map((q) => [q.n, q.type, q.answer])).toEqual([
      [1, "true_false", "true"],
      [2, "mcq", "A"],
    ]);
    expect(p.language).toBe("en");
  });
});
