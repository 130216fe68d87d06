import { beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { getAttemptView, listAttempts, startAttempt } from "@/lib/attempts/attempts";
import { submitAnswer } from "@/lib/attempts/submit-answer";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { attemptKeys, ENGLISH_ARTICLE, wrongAnswer } from "../../setup/factories";

const DEVICE = "11111111-1111-4111-8111-111111111111";
const OTHER = "22222222-2222-4222-8222-222222222222";

let articleId: string;
beforeEach(async () => {
  articleId = (await createArticle({ title: "Riverside", body: ENGLISH_ARTICLE })).id;
});

describe("practice attempts", () => {
  it("resumes the open attempt unless a fresh one is asked for", async () => {
    const a = await startAttempt({ articleId, deviceId: DEVICE });
    expect((await startAttempt({ articleId, deviceId: DEVICE })).id).toBe(a.id);
    expect((await startAttempt({ articleId, deviceId: OTHER })).id).not.toBe(a.id);
    expect((await startAttempt({ articleId, deviceId: DEVICE, fresh: true })).id).not.toBe(a.id);
  });

  it("shows a student no key and no evidence before answering", async () => {
    const { id } = await startAttempt({ articleId, deviceId: DEVICE });
    const view = await getAttemptView({ attemptId: id, deviceId: DEVICE });
    const json = JSON.stringify(view);
    expect(view.questions.length).toBeGreaterThan(0);
    expect(json).not.toMatch(/"answer"|"evidence"|evidenceStart/);
    expect(view.responses).toEqual([]);
  });

  it("hides an attempt from every other device", async () => {
    const { id } = await startAttempt({ articleId, deviceId: DEVICE });
    await expect(getAttemptView({ attemptId: id, deviceId: OTHER })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAttemptView({ attemptId: id, deviceId: null })).rejects.toBeInstanceOf(NotFoundError);
    const [q] = await attemptKeys(id);
    await expect(
      submitAnswer({ attemptId: id, deviceId: OTHER, questionId: q!.id, answer: "x" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await listAttempts({ articleId, deviceId: OTHER })).toEqual([]);
  });

  it("judges answers, keeps the score, reveals key and evidence, and finishes", async () => {
    const { id } = await startAttempt({ articleId, deviceId: DEVICE });
    const qs = await attemptKeys(id);
    let expected = 0;
    for (const [i, q] of qs.entries()) {
      const isRight = i % 2 === 0;
      const res = await submitAnswer({
        attemptId: id,
        deviceId: DEVICE,
        questionId: q.id,
        answer: isRight ? q.answer : wrongAnswer(q),
      });
      if (!("answer" in res)) throw new Error("practice answers are always revealed");
      if (isRight) expected++;
      expect(res.correct).toBe(isRight);
      expect(res.answer).toEqual(q.answer);
      expect(res.score).toBe(expected);
      expect(res.evidence.text.length).toBeGreaterThan(0);
      expect(res.finishedAt === null).toBe(i < qs.length - 1);
    }
    const view = await getAttemptView({ attemptId: id, deviceId: DEVICE });
    expect(view.score).toBe(expected);
    expect(view.responses).toHaveLength(qs.length);
    const [past] = await listAttempts({ articleId, deviceId: DEVICE });
    expect(past?.score).toBe(expected);
    expect(past?.finishedAt).not.toBeNull();
  });

  it("records the same answer once, and refuses to change it", async () => {
    const { id } = await startAttempt({ articleId, deviceId: DEVICE });
    const q = (await attemptKeys(id)).find((x) => typeof x.answer === "string" && x.choices.length > 1)!;
    const twice = await Promise.all([
      submitAnswer({ attemptId: id, deviceId: DEVICE, questionId: q.id, answer: q.answer }),
      submitAnswer({ attemptId: id, deviceId: DEVICE, questionId: q.id, answer: q.answer }),
    ]);
    expect(twice[0].score).toBe(1);
    expect(twice[1].score).toBe(1);
    expect(await db.response.count({ where: { attemptId: id } })).toBe(1);
    await expect(
      submitAnswer({ attemptId: id, deviceId: DEVICE, questionId: q.id, answer: wrongAnswer(q) }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await db.attempt.findUniqueOrThrow({ where: { id } })).score).toBe(1);
  });

  it("refuses answers of the wrong shape as bad input, not as wrong answers", async () => {
    const { id } = await startAttempt({ articleId, deviceId: DEVICE });
    const q = (await attemptKeys(id)).find((x) => typeof x.answer === "string" && x.choices.length > 1)!;
    for (const answer of ["not a choice at all", ["a", "b"]]) {
      await expect(submitAnswer({ attemptId: id, deviceId: DEVICE, questionId: q.id, answer })).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    await expect(
      submitAnswer({ attemptId: id, deviceId: DEVICE, questionId: "not-in-quiz", answer: "x" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.response.count({ where: { attemptId: id } })).toBe(0);
  });

  it("quotes the same evidence on answering as the whole body gives, whatever comes before it", async () => {
    // The answer path reads only a slice of the body (issue 9). SQL counts characters where the offsets count UTF-16
    // units, so an emoji earlier in the article must not shift the quote; a long paragraph must keep its "…" marks.
    for (const prefix of ["x".repeat(300) + " ", "😀".repeat(120) + " smiles\n", "🙂 " + "y".repeat(170)]) {
      const a = await createArticle({ title: "Riverside", body: ENGLISH_ARTICLE });
      await db.article.update({ where: { id: a.id }, data: { body: prefix + ENGLISH_ARTICLE } });
      await db.question.updateMany({
        where: { articleId: a.id },
        data: { evidenceStart: { increment: prefix.length }, evidenceEnd: { increment: prefix.length } },
      });
      const { id } = await startAttempt({ articleId: a.id, deviceId: DEVICE });
      const qs = await attemptKeys(id);
      const given = [];
      for (const q of qs) {
        const res = await submitAnswer({ attemptId: id, deviceId: DEVICE, questionId: q.id, answer: q.answer });
        if (!("evidence" in res)) throw new Error("practice answers are always revealed");
        expect(res.correct).toBe(true);
        given.push(res);
      }
      const view = await getAttemptView({ attemptId: id, deviceId: DEVICE });
      for (const res of given) {
        const seen = view.responses.find((r) => r.questionId === res.questionId);
        expect(seen && "evidence" in seen ? seen.evidence : null).toEqual(res.evidence);
      }
      const stored = await db.attempt.findUniqueOrThrow({ where: { id } });
      expect(stored.answeredCount).toBe(qs.length);
      expect(stored.lastAnsweredAt).not.toBeNull();
      expect(given.at(-1)?.answered).toBe(qs.length);
    }
  });

  it("will not start a quiz on an article without questions", async () => {
    const empty = await createArticle({ title: "Tiny", body: "ok" });
    await expect(startAttempt({ articleId: empty.id, deviceId: DEVICE })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("evidenceInContext", () => {
  it("quotes the sentence within its paragraph and marks only real cuts", async () => {
    const { evidenceInContext } = await import("@/lib/attempts/attempts");
    const body = "First para.\nAlpha beta. The proof is here. Gamma.\nNext para.";
    const start = body.indexOf("The proof");
    const ctx = evidenceInContext(body, start, start + "The proof is here.".length);
    expect(ctx).toEqual({ before: "Alpha beta. ", text: "The proof is here.", after: " Gamma." });
    const long = `${"x".repeat(400)} Proof. ${"y".repeat(400)}`;
    const p = long.indexOf("Proof.");
    const cut = evidenceInContext(long, p, p + 6);
    expect(cut.before.startsWith("…")).toBe(true);
    expect(cut.after.endsWith("…")).toBe(true);
  });
});
