import { beforeEach, describe, expect, it } from "vitest";
import { deleteQuestion } from "@/lib/bank/delete-question";
import { listQuestions } from "@/lib/bank/list-questions";
import { updateQuestion } from "@/lib/bank/update-question";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { answer, makeQuiz, makeTeacher, makeTeacherArticle } from "../../setup/factories";

let articleId: string;
let q: { id: string; type: string; choices: string; prompt: string; answer: string };

beforeEach(async () => {
  await db.user.deleteMany();
  await makeTeacher({ id: "t1" });
  const made = await makeTeacherArticle("t1");
  articleId = made.articleId;
  const mcq = made.questions.find((x) => ["mcq", "cloze", "number", "date", "quote"].includes(x.type));
  if (!mcq) throw new Error("fixture has no choice question");
  q = mcq;
});

const edit = (choices: string[]) => ({ prompt: "Edited prompt?", choices, answer: choices[1] });

describe("updateQuestion", () => {
  it("edits an unanswered question in place", async () => {
    const choices = JSON.parse(q.choices) as string[];
    const { question, versioned } = await updateQuestion({ teacherId: "t1", questionId: q.id, input: edit(choices) });
    expect(versioned).toBe(false);
    expect(question.id).toBe(q.id);
    expect(question.version).toBe(1);
    expect(question.prompt).toBe("Edited prompt?");
    expect(question.answer).toBe(choices[1]);
    expect(await db.question.count({ where: { articleId } })).toBe(
      await db.question.count({ where: { articleId, archivedAt: null } }),
    );
  });

  it("versions an answered question: v2 takes its place and quiz slot, past results keep the old one", async () => {
    const response = await answer(articleId, q.id);
    const quiz = await makeQuiz("t1", articleId, { questionIds: [q.id] });
    const choices = JSON.parse(q.choices) as string[];
    const { question, versioned } = await updateQuestion({ teacherId: "t1", questionId: q.id, input: edit(choices) });

    expect(versioned).toBe(true);
    expect(question.id).not.toBe(q.id);
    expect(question).toMatchObject({ version: 2, previousId: q.id, prompt: "Edited prompt?", answer: choices[1] });
    const old = await db.question.findUniqueOrThrow({ where: { id: q.id } });
    expect(old.archivedAt).not.toBeNull();
    expect(old.prompt).toBe(q.prompt);
    expect(old.answer).toBe(q.answer);
    const after = await db.question.findUniqueOrThrow({ where: { id: question.id } });
    expect(after.position).toBe(old.position);
    expect(after.status).toBe(old.status);

    const items = await db.quizItem.findMany({ where: { quizId: quiz.id } });
    expect(items.map((i) => i.questionId)).toEqual([question.id]);
    const stillThere = await db.response.findUniqueOrThrow({ where: { id: response.id }, include: { question: true } });
    expect(stillThere.questionId).toBe(q.id);
    expect(stillThere.question.prompt).toBe(q.prompt);

    const bank = await listQuestions({ teacherId: "t1", articleId });
    expect(bank.map((b) => b.id)).toContain(question.id);
    expect(bank.map((b) => b.id)).not.toContain(q.id);
    const archived = await listQuestions({ teacherId: "t1", articleId, status: "archived" });
    expect(archived.map((b) => b.id)).toEqual([q.id]);

    // The archived version can no longer be edited; its successor can (in place until answered).
    await expect(updateQuestion({ teacherId: "t1", questionId: q.id, input: edit(choices) })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const again = await updateQuestion({
      teacherId: "t1",
      questionId: question.id,
      input: { ...edit(choices), prompt: "Third" },
    });
    expect(again).toMatchObject({ versioned: false, question: { id: question.id, version: 2, prompt: "Third" } });
  });

  it("stores <script> text as text, unchanged", async () => {
    const choices = ["<script>alert(1)</script>", "<b>bold</b>"];
    const prompt = `<script>alert("x")</script> & <img src=x onerror=alert(1)>`;
    const { question } = await updateQuestion({
      teacherId: "t1",
      questionId: q.id,
      input: { prompt, choices, answer: choices[0] },
    });
    const row = await db.question.findUniqueOrThrow({ where: { id: question.id } });
    expect(row.prompt).toBe(prompt);
    expect(JSON.parse(row.choices)).toEqual(choices);
    expect(JSON.parse(row.answer)).toBe(choices[0]);
  });
});

describe("deleteQuestion", () => {
  it("hard-deletes an unanswered question and removes it from quizzes", async () => {
    const quiz = await makeQuiz("t1", articleId, { questionIds: [q.id] });
    expect(await deleteQuestion({ teacherId: "t1", questionId: q.id })).toEqual({ archived: false });
    expect(await db.question.findUnique({ where: { id: q.id } })).toBeNull();
    expect(await db.quizItem.count({ where: { quizId: quiz.id } })).toBe(0);
  });

  it("archives an answered question: hidden from the bank, kept for past results", async () => {
    const response = await answer(articleId, q.id);
    expect(await deleteQuestion({ teacherId: "t1", questionId: q.id })).toEqual({ archived: true });
    const row = await db.question.findUniqueOrThrow({ where: { id: q.id } });
    expect(row.archivedAt).not.toBeNull();
    expect(await db.response.findUnique({ where: { id: response.id } })).not.toBeNull();
    expect((await listQuestions({ teacherId: "t1", articleId })).map((b) => b.id)).not.toContain(q.id);
  });
});
