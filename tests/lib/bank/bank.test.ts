import { beforeEach, describe, expect, it } from "vitest";
import { addQuestion } from "@/lib/bank/add-question";
import { deleteQuestion } from "@/lib/bank/delete-question";
import { listQuestions } from "@/lib/bank/list-questions";
import { duplicateKey, regenerateQuestions } from "@/lib/bank/regenerate-questions";
import { setQuestionStatus, setQuestionsStatus } from "@/lib/bank/set-status";
import { getTeacherArticle, listTeacherArticles } from "@/lib/bank/teacher-articles";
import { updateQuestion } from "@/lib/bank/update-question";
import { createArticle } from "@/lib/articles/create-article";
import { getArticle, listArticles } from "@/lib/articles/get-article";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { answer, ENGLISH_ARTICLE, makeTeacher, makeTeacherArticle } from "../../setup/factories";

let articleId: string;
let ids: string[];

beforeEach(async () => {
  await db.user.deleteMany();
  await db.article.deleteMany();
  await makeTeacher({ id: "t1" });
  await makeTeacher({ id: "t2" });
  const made = await makeTeacherArticle("t1");
  articleId = made.articleId;
  ids = made.questions.map((q) => q.id);
  expect(ids.length).toBeGreaterThanOrEqual(3);
});

describe("teacher articles", () => {
  it("lists only the teacher's own articles, with counts, and keeps them out of the public list", async () => {
    await setQuestionStatus({ teacherId: "t1", questionId: ids[0]!, status: "approved" });
    const list = await listTeacherArticles({ teacherId: "t1" });
    expect(list).toEqual([expect.objectContaining({ id: articleId, approved: 1, draft: ids.length - 1 })]);
    expect(await listTeacherArticles({ teacherId: "t2" })).toEqual([]);
    expect((await listArticles()).map((a) => a.id)).not.toContain(articleId);
    await expect(getArticle(articleId)).rejects.toBeInstanceOf(NotFoundError);
    const full = await getTeacherArticle({ teacherId: "t1", articleId });
    expect(full.counts).toEqual({ approved: 1, draft: ids.length - 1, archived: 0 });
    for (const q of full.questions)
      expect(q.evidence.text).toBe(ENGLISH_ARTICLE.slice(q.evidence.start, q.evidence.end));
  });
});

describe("status and filters", () => {
  it("approves, un-approves and filters by status and type", async () => {
    await setQuestionStatus({ teacherId: "t1", questionId: ids[0]!, status: "approved" });
    await setQuestionStatus({ teacherId: "t1", questionId: ids[1]!, status: "approved" });
    await setQuestionStatus({ teacherId: "t1", questionId: ids[1]!, status: "draft" });
    expect((await listQuestions({ teacherId: "t1", articleId, status: "approved" })).map((q) => q.id)).toEqual([
      ids[0],
    ]);
    expect(await listQuestions({ teacherId: "t1", articleId, status: "draft" })).toHaveLength(ids.length - 1);
    const all = await listQuestions({ teacherId: "t1", articleId });
    const type = all[0]!.type;
    const ofType = await listQuestions({ teacherId: "t1", articleId, type });
    expect(ofType.length).toBe(all.filter((q) => q.type === type).length);
    expect(ofType.every((q) => q.type === type)).toBe(true);
  });

  it("bulk-approves the chosen questions, or all of them", async () => {
    expect(
      await setQuestionsStatus({ teacherId: "t1", articleId, status: "approved", questionIds: ids.slice(0, 2) }),
    ).toEqual({ count: 2 });
    expect(await setQuestionsStatus({ teacherId: "t1", articleId, status: "approved" })).toEqual({
      count: ids.length - 2,
    });
    expect(await listQuestions({ teacherId: "t1", articleId, status: "draft" })).toHaveLength(0);
  });
});

describe("addQuestion", () => {
  it("adds a manual draft whose evidence is a span of the article", async () => {
    const sentence = "The library now welcomes about 300 visitors a day.";
    const start = ENGLISH_ARTICLE.indexOf(sentence);
    const end = start + sentence.length;
    const q = await addQuestion({
      teacherId: "t1",
      articleId,
      input: {
        type: "short_answer",
        prompt: "How many visitors a day?",
        answer: "about 300",
        evidence: { start, end },
      },
    });
    expect(q).toMatchObject({
      origin: "manual",
      status: "draft",
      type: "short_answer",
      choices: [],
      answer: "about 300",
      version: 1,
    });
    expect(q.evidence.text).toBe("The library now welcomes about 300 visitors a day.");
    expect(q.position).toBeGreaterThan(
      Math.max(...(await db.question.findMany({ where: { id: { in: ids } } })).map((x) => x.position)),
    );
  });

  it.each([
    [
      "evidence past the text",
      { type: "mcq", prompt: "p", choices: ["a", "b"], answer: "a", evidence: { start: 0, end: 999_999 } },
      "evidenceOutOfRange",
    ],
    ["no evidence", { type: "mcq", prompt: "p", choices: ["a", "b"], answer: "a" }, "evidenceRequired"],
    [
      "a key not among the choices",
      { type: "mcq", prompt: "p", choices: ["a", "b"], answer: "c", evidence: { start: 0, end: 5 } },
      "keyNotInChoices",
    ],
    [
      "an empty prompt",
      { type: "true_false", prompt: "", answer: "true", evidence: { start: 0, end: 5 } },
      "promptRequired",
    ],
    [
      "duplicate choices",
      { type: "date", prompt: "p", choices: ["1998", " 1998"], answer: "1998", evidence: { start: 0, end: 5 } },
      "duplicateChoices",
    ],
  ])("refuses %s with a 400 and saves nothing", async (_n, input, code) => {
    const before = await db.question.count();
    const err = await addQuestion({ teacherId: "t1", articleId, input }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).code).toBe(code);
    expect((err as ValidationError).status).toBe(400);
    expect(await db.question.count()).toBe(before);
  });
});

describe("regenerateQuestions", () => {
  it("keeps approved and answered questions, replaces the other drafts, and adds no duplicate of a kept one", async () => {
    await setQuestionStatus({ teacherId: "t1", questionId: ids[0]!, status: "approved" });
    await answer(articleId, ids[1]!);
    const approvedBefore = await db.question.findUniqueOrThrow({ where: { id: ids[0]! } });
    const r = await regenerateQuestions({ teacherId: "t1", articleId });
    expect(r.kept).toBe(2);
    expect(r.removed).toBe(ids.length - 2);
    expect(r.added).toBeGreaterThan(0);

    const current = await db.question.findMany({ where: { articleId, archivedAt: null } });
    const currentIds = current.map((q) => q.id);
    expect(currentIds).toContain(ids[0]);
    expect(currentIds).toContain(ids[1]);
    for (const id of ids.slice(2)) expect(currentIds).not.toContain(id);
    expect(await db.question.findUniqueOrThrow({ where: { id: ids[0]! } })).toEqual(approvedBefore);

    const keys = current.map((q) => duplicateKey(JSON.parse(q.answer) as string, q.evidenceStart, q.evidenceEnd));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(current.map((q) => q.generatorKey)).size).toBe(current.length);
    expect(new Set(current.map((q) => q.position)).size).toBe(current.length);
  });

  it("can restrict the new questions to some types", async () => {
    await regenerateQuestions({ teacherId: "t1", articleId, types: ["true_false"], count: 3 });
    const current = await db.question.findMany({ where: { articleId, archivedAt: null } });
    expect(current.length).toBeGreaterThan(0);
    expect(current.every((q) => q.type === "true_false")).toBe(true);
  });
});

describe("authorization", () => {
  const mcqInput = { type: "mcq", prompt: "p", choices: ["a", "b"], answer: "a", evidence: { start: 0, end: 5 } };
  const calls = (teacherId: string, art: string, qid: string) => [
    () => listQuestions({ teacherId, articleId: art }),
    () => getTeacherArticle({ teacherId, articleId: art }),
    () => updateQuestion({ teacherId, questionId: qid, input: { prompt: "hacked" } }),
    () => deleteQuestion({ teacherId, questionId: qid }),
    () => setQuestionStatus({ teacherId, questionId: qid, status: "approved" }),
    () => setQuestionsStatus({ teacherId, articleId: art, status: "approved" }),
    () => addQuestion({ teacherId, articleId: art, input: mcqInput }),
    () => regenerateQuestions({ teacherId, articleId: art }),
  ];

  it("gives another teacher 'not found' for every function and changes nothing", async () => {
    const snapshot = await db.question.findMany({ orderBy: { id: "asc" } });
    for (const call of calls("t2", articleId, ids[0]!)) await expect(call()).rejects.toBeInstanceOf(NotFoundError);
    for (const call of calls("", articleId, ids[0]!)) await expect(call()).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.question.findMany({ orderBy: { id: "asc" } })).toEqual(snapshot);
  });

  it("does not let the bank touch a public article", async () => {
    const pub = await createArticle({ title: "Public", body: ENGLISH_ARTICLE });
    const q = await db.question.findFirstOrThrow({ where: { articleId: pub.id } });
    const snapshot = await db.question.findMany({ where: { articleId: pub.id }, orderBy: { id: "asc" } });
    for (const call of calls("t1", pub.id, q.id)) await expect(call()).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.question.findMany({ where: { articleId: pub.id }, orderBy: { id: "asc" } })).toEqual(snapshot);
  });

  it("refuses a question addressed through another article of the same teacher", async () => {
    const other = await makeTeacherArticle("t1");
    await expect(
      updateQuestion({ teacherId: "t1", questionId: ids[0]!, articleId: other.articleId, input: { prompt: "x" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
