// Issue 13: imported questions whose evidence no article holds go into a question set (an Article of kind "set", with
// no text). The bank-wide import sends each question to the teacher's article that holds its evidence, the rest to a
// new set; the preview saves nothing; bad files save nothing. A set's questions then work everywhere an article's do:
// the bank (approve, add, edit without evidence; no regenerating), a quiz, an assignment attempt, the teacher's
// results, review cards, and export.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as articleImport } from "@/app/api/teacher/articles/[id]/import/route";
import { POST as bankImport } from "@/app/api/teacher/import/route";
import { GET as exportBank } from "@/app/api/teacher/articles/[id]/export/route";
import { startAssignmentAttempt } from "@/lib/attempts/start-assignment-attempt";
import { submitAnswer } from "@/lib/attempts/submit-answer";
import { getAttemptView } from "@/lib/attempts/attempts";
import { addQuestion } from "@/lib/bank/add-question";
import { regenerateQuestions } from "@/lib/bank/regenerate-questions";
import { setQuestionsStatus } from "@/lib/bank/set-status";
import { getTeacherArticle, listTeacherArticles } from "@/lib/bank/teacher-articles";
import { updateQuestion } from "@/lib/bank/update-question";
import { db } from "@/lib/db";
import { exportCsv } from "@/lib/interop/csv";
import { importMoodleXml } from "@/lib/interop/moodle-xml";
import { createQuiz } from "@/lib/quizzes/create-quiz";
import { getAssignmentResults } from "@/lib/results/assignment-results";
import { listDueCards } from "@/lib/review/list-due-cards";
import { submitReview } from "@/lib/review/submit-review";
import { syncReviewCards } from "@/lib/review/create-review-cards";
import { ARABIC_ARTICLE, ENGLISH_ARTICLE, attemptKeys, makeClassWithStudent } from "../../setup/factories";
import { session, signOut } from "../../setup/teacher-session";

// The session is the request boundary: Better Auth's getSession answers for whoever the test signs in.
vi.mock("next/headers", () => import("../../setup/teacher-session"));
vi.mock("@/lib/auth", () => import("../../setup/teacher-session"));

let seq = 0;
async function teacherWithTwoArticles() {
  const id = `qs_${Date.now().toString(36)}${(seq++).toString(36)}`;
  const teacher = await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
  const english = await db.article.create({
    data: { title: "Riverside", body: ENGLISH_ARTICLE, language: "en", ownerId: id },
  });
  const arabic = await db.article.create({
    data: { title: "مكتبة النهر", body: ARABIC_ARTICLE, language: "ar", ownerId: id },
  });
  session.userId = id;
  return { teacher, english, arabic };
}

function form(name: string, content: string, fields: Record<string, string>) {
  const f = new FormData();
  f.set("file", new File([content], name));
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}
const toBank = (name: string, content: string, fields: Record<string, string>) =>
  bankImport(new Request("http://localhost/api/teacher/import", { method: "POST", body: form(name, content, fields) }));
const toArticle = (articleId: string, name: string, content: string, fields: Record<string, string>) =>
  articleImport(
    new Request(`http://localhost/api/teacher/articles/${articleId}/import`, {
      method: "POST",
      body: form(name, content, fields),
    }),
    { params: Promise.resolve({ id: articleId }) },
  );

const firstSentence = (body: string) =>
  body
    .split("\n")
    .find((l) => l.trim().length > 20)!
    .trim();

/** A CSV of three valid questions (evidence in the English article, in the Arabic one, in neither) and one invalid. */
function mixedCsv() {
  return exportCsv({
    title: "x",
    language: "en",
    questions: [
      {
        type: "mcq",
        prompt: "When did the library open?",
        choices: ["1998", "2004", "1975"],
        answer: "1998",
        evidenceText: firstSentence(ENGLISH_ARTICLE),
      },
      {
        type: "true_false",
        prompt: "افتُتحت المكتبة في عام 1998.",
        choices: ["true", "false"],
        answer: "true",
        evidenceText: firstSentence(ARABIC_ARTICLE),
      },
      {
        type: "short_answer",
        prompt: "What is the capital of Mali?",
        choices: [],
        answer: "Bamako",
        evidenceText: "Bamako is the capital of Mali.",
      },
      { type: "mcq", prompt: "Broken: one choice", choices: ["only"], answer: "only" },
    ],
  });
}

beforeEach(signOut);

describe("bank-wide import", () => {
  it("previews where each question goes without saving, then puts each in its article or a new question set", async () => {
    const { teacher, english, arabic } = await teacherWithTwoArticles();
    // Another teacher's article holds the third question's evidence: it must not be used.
    await db.user.create({ data: { id: `${teacher.id}-o`, name: "O", email: `${teacher.id}-o@example.com` } });
    await db.article.create({
      data: { title: "Mali", body: "Bamako is the capital of Mali.", language: "en", ownerId: `${teacher.id}-o` },
    });
    const csv = mixedCsv();

    const res = await toBank("Term 2 questions.csv", csv, { mode: "preview" });
    expect(res.status).toBe(200);
    const { preview } = (await res.json()) as {
      preview: {
        ready: { n: number; into: { articleId: string } | null; evidence: { text: string } | null }[];
        skipped: { n: number; code: string }[];
        newSet: { title: string; language: string } | null;
      };
    };
    expect(preview.ready.map((q) => [q.n, q.into?.articleId ?? null])).toEqual([
      [1, english.id],
      [2, arabic.id],
      [3, null],
    ]);
    expect(preview.ready[0]!.evidence!.text).toBe(firstSentence(ENGLISH_ARTICLE));
    expect(preview.skipped).toEqual([expect.objectContaining({ n: 4, code: "invalid" })]);
    expect(preview.newSet).toEqual({ title: "Term 2 questions", language: "en" });
    // the preview saved nothing: no set, no question
    expect(await db.article.count({ where: { ownerId: teacher.id } })).toBe(2);
    expect(await db.question.count({ where: { article: { ownerId: teacher.id } } })).toBe(0);

    const saved = await toBank("Term 2 questions.csv", csv, { mode: "save", setTitle: "  Mali, imported  " });
    expect(saved.status).toBe(201);
    const body = (await saved.json()) as {
      saved: number;
      set: { id: string; title: string };
      placed: { articleId: string; count: number }[];
    };
    expect(body.saved).toBe(3);
    expect(body.set.title).toBe("Mali, imported");
    const set = await db.article.findUniqueOrThrow({ where: { id: body.set.id } });
    expect([set.kind, set.body, set.ownerId, set.language]).toEqual(["set", "", teacher.id, "en"]);
    const rows = await db.question.findMany({
      where: { article: { ownerId: teacher.id } },
      select: { articleId: true, prompt: true, evidenceStart: true, evidenceEnd: true, status: true, origin: true },
    });
    const where = Object.fromEntries(rows.map((r) => [r.prompt, r]));
    expect(where["When did the library open?"]!.articleId).toBe(english.id);
    const e = where["When did the library open?"]!;
    expect(ENGLISH_ARTICLE.slice(e.evidenceStart, e.evidenceEnd)).toBe(firstSentence(ENGLISH_ARTICLE));
    expect(where["افتُتحت المكتبة في عام 1998."]!.articleId).toBe(arabic.id);
    expect(where["What is the capital of Mali?"]).toMatchObject({
      articleId: set.id,
      evidenceStart: 0,
      evidenceEnd: 0,
      status: "draft",
      origin: "imported",
    });
    // the articles list marks the set
    const list = await listTeacherArticles({ teacherId: teacher.id });
    expect(list.find((a) => a.id === set.id)).toMatchObject({ kind: "set", draft: 1 });
  });

  it("names the set after the file and takes its language from the questions; creates none when all are anchored", async () => {
    const { teacher } = await teacherWithTwoArticles();
    const arabicOnly = exportCsv({
      title: "x",
      language: "ar",
      questions: [{ type: "short_answer", prompt: "ما عاصمة مالي؟", choices: [], answer: "باماكو" }],
    });
    const res = await toBank("أسئلة_مالي.csv", arabicOnly, { mode: "preview" });
    const { preview } = (await res.json()) as { preview: { newSet: { title: string; language: string } } };
    expect(preview.newSet).toEqual({ title: "أسئلة مالي", language: "ar" });

    const anchored = exportCsv({
      title: "x",
      language: "en",
      questions: [
        {
          type: "short_answer",
          prompt: "When?",
          choices: [],
          answer: "1998",
          evidenceText: firstSentence(ENGLISH_ARTICLE),
        },
      ],
    });
    const saved = (await (await toBank("a.csv", anchored, { mode: "save" })).json()) as { set: unknown };
    expect(saved.set).toBeNull();
    expect(await db.article.count({ where: { ownerId: teacher.id, kind: "set" } })).toBe(0);
  });

  it("answers bad files and bad fields with a readable 4xx and creates nothing", async () => {
    const { teacher } = await teacherWithTwoArticles();
    const cases: [string, string, Record<string, string>, number, string][] = [
      ["quiz.gift", "::Q1:: Broken {=a ~b\n", { mode: "save" }, 400, "gift_syntax"],
      ["quiz.csv", "=cmd,1,2\n", { mode: "save" }, 400, "csv_header"],
      ["quiz.csv", mixedCsv(), { mode: "save", setTitle: "x".repeat(201) }, 400, "invalid_input"],
      ["quiz.csv", mixedCsv(), { mode: "save", unmatched: "nowhere" }, 400, "invalid_input"],
    ];
    for (const [name, content, fields, status, code] of cases) {
      const res = await toBank(name, content, fields);
      expect(res.status, name).toBe(status);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code, name).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(10);
    }
    expect(await db.article.count({ where: { ownerId: teacher.id } })).toBe(2);
    expect(await db.question.count({ where: { article: { ownerId: teacher.id } } })).toBe(0);
    session.userId = null;
    expect((await toBank("quiz.csv", mixedCsv(), { mode: "save" })).status).toBe(401);
  });
});

describe("an article's import", () => {
  it("sends questions not found in the article to a new set by default, or keeps them flagged when asked", async () => {
    const { teacher, english } = await teacherWithTwoArticles();
    const csv = mixedCsv();
    const toSet = (await (await toArticle(english.id, "mixed.csv", csv, { mode: "save" })).json()) as {
      saved: number;
      set: { id: string };
    };
    expect(toSet.saved).toBe(3);
    expect(await db.question.count({ where: { articleId: english.id } })).toBe(1);
    // the Arabic question's evidence is in another article, but an article's import looks only in that article
    expect(await db.question.count({ where: { articleId: toSet.set.id } })).toBe(2);

    const here = (await (
      await toArticle(english.id, "mixed.csv", csv, { mode: "save", unmatched: "here" })
    ).json()) as {
      saved: number;
      set: unknown;
    };
    expect([here.saved, here.set]).toEqual([3, null]);
    const flagged = await db.question.findMany({ where: { articleId: english.id, evidenceEnd: 0 } });
    expect(flagged).toHaveLength(2);
    expect(await db.article.count({ where: { ownerId: teacher.id, kind: "set" } })).toBe(1);
  });

  it("imports into a question set without looking for evidence, and only for its owner", async () => {
    const { teacher } = await teacherWithTwoArticles();
    const set = await db.article.create({
      data: { title: "Set", body: "", language: "en", kind: "set", ownerId: teacher.id },
    });
    const res = await toArticle(set.id, "mixed.csv", mixedCsv(), { mode: "save" });
    const body = (await res.json()) as { saved: number; set: unknown };
    expect([res.status, body.saved, body.set]).toEqual([201, 3, null]);
    const rows = await db.question.findMany({ where: { articleId: set.id } });
    expect(rows.every((r) => r.evidenceStart === 0 && r.evidenceEnd === 0)).toBe(true);
    session.userId = "someone-else";
    expect((await toArticle(set.id, "mixed.csv", mixedCsv(), { mode: "save" })).status).toBe(404);
    expect(await db.question.count({ where: { articleId: set.id } })).toBe(3);
  });
});

describe("a question set's questions on every page", () => {
  async function setWithQuestions() {
    const { teacher } = await teacherWithTwoArticles();
    const res = await toBank("Set.csv", mixedCsv(), { mode: "save" });
    const { set } = (await res.json()) as { set: { id: string } };
    // the two anchored questions went to the articles; make the set hold several questions of its own
    for (const prompt of ["Which river runs through Bamako?", "Which ocean is closest to Mali?"])
      await addQuestion({
        teacherId: teacher.id,
        articleId: set.id,
        input: { type: "mcq", prompt, choices: ["Niger", "Atlantic", "Nile"], answer: "Niger" },
      });
    return { teacher, setId: set.id };
  }

  it("keeps the bank working: add and edit without evidence, refuse evidence and regenerating, lose nothing", async () => {
    const { teacher, setId } = await setWithQuestions();
    const bank = await getTeacherArticle({ teacherId: teacher.id, articleId: setId });
    expect(bank.kind).toBe("set");
    expect(bank.questions).toHaveLength(3);
    expect(bank.questions.every((q) => q.evidence.start === 0 && q.evidence.end === 0)).toBe(true);
    const first = bank.questions[0]!;
    const edited = await updateQuestion({
      teacherId: teacher.id,
      questionId: first.id,
      input: { prompt: "What is the capital city of Mali?", answer: "Bamako" },
    });
    expect(edited.question.prompt).toBe("What is the capital city of Mali?");
    await expect(
      addQuestion({
        teacherId: teacher.id,
        articleId: setId,
        input: { type: "short_answer", prompt: "Q?", answer: "A", evidence: { start: 0, end: 5 } },
      }),
    ).rejects.toMatchObject({ status: 400, code: "evidenceOutOfRange" });
    await expect(regenerateQuestions({ teacherId: teacher.id, articleId: setId })).rejects.toMatchObject({
      status: 409,
      code: "set_has_no_text",
    });
    expect(await db.question.count({ where: { articleId: setId, archivedAt: null } })).toBe(3);
  });

  it("makes a quiz, an assignment attempt, the teacher's results, review cards and an export", async () => {
    const { teacher, setId } = await setWithQuestions();
    await setQuestionsStatus({ teacherId: teacher.id, articleId: setId, status: "approved" });
    const questions = await db.question.findMany({ where: { articleId: setId }, orderBy: { position: "asc" } });
    const quiz = await createQuiz({
      teacherId: teacher.id,
      input: { articleId: setId, title: "Mali set", questionIds: questions.map((q) => q.id) },
    });
    const device = crypto.randomUUID();
    const { klass, student } = await makeClassWithStudent(teacher.id, device);
    const assignment = await db.assignment.create({ data: { quizId: quiz.id, classId: klass.id } });
    const attempt = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: device });
    const keys = await attemptKeys(attempt.id);
    expect(keys).toHaveLength(3);
    for (const q of keys) {
      const res = await submitAnswer({ attemptId: attempt.id, deviceId: device, questionId: q.id, answer: q.answer });
      expect("correct" in res && res.correct).toBe(true);
    }
    const view = await getAttemptView({ attemptId: attempt.id, deviceId: device });
    expect(view.article.id).toBe(setId);
    expect(view.score).toBe(3);

    const results = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(JSON.stringify(results)).toContain(student.displayName);

    // review cards: made once the keys may be shown, reviewed with no evidence to quote
    await syncReviewCards({ deviceId: device });
    const later = new Date(Date.now() + 60 * 86_400_000);
    const [card] = await listDueCards({ deviceId: device, now: later });
    expect(card!.article).toMatchObject({ id: setId, kind: "set" });
    const q = keys.find((k) => k.id === card!.question.id)!;
    const reviewed = await submitReview({
      cardId: card!.id,
      deviceId: device,
      input: { answer: q.answer },
      now: later,
    });
    expect(reviewed.correct).toBe(true);
    expect(reviewed.evidence.text).toBe("");

    // the set exports like a bank; with no evidence there is no general feedback to carry
    session.userId = teacher.id;
    const exported = await exportBank(
      new Request(`http://localhost/api/teacher/articles/${setId}/export?format=moodle`),
      {
        params: Promise.resolve({ id: setId }),
      },
    );
    expect(exported.status).toBe(200);
    const back = importMoodleXml(await exported.text());
    expect(back.questions.map((x) => x.prompt)).toEqual(questions.map((x) => x.prompt));
    expect(back.questions.every((x) => !x.evidenceText)).toBe(true);
  });
});
