// Importing into a teacher's article through the route: the preview saves nothing, the save writes exactly the
// previewed questions (evidence re-anchored, or flagged "no evidence"), a bad file is a 4xx with a readable message
// and saves nothing, and another teacher's article is a 404. Exports carry the evidence sentence.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportBank } from "@/app/api/teacher/articles/[id]/export/route";
import { POST as importRoute } from "@/app/api/teacher/articles/[id]/import/route";
import { GET as exportQuiz } from "@/app/api/teacher/quizzes/[id]/export/route";
import { db } from "@/lib/db";
import { importMoodleXml } from "@/lib/interop/moodle-xml";
import { exportGift } from "@/lib/interop/gift";
import { ENGLISH_ARTICLE, makeQuiz, makeTeacherWithArticle } from "../../setup/factories";
import { session, signOut } from "../../setup/teacher-session";

// The session is the request boundary: Better Auth's getSession answers for whoever the test signs in.
vi.mock("next/headers", () => import("../../setup/teacher-session"));
vi.mock("@/lib/auth", () => import("../../setup/teacher-session"));

beforeEach(signOut);

function upload(
  articleId: string,
  name: string,
  content: string | Uint8Array,
  mode: "preview" | "save",
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  form.set("file", new File([content as BlobPart], name));
  form.set("mode", mode);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return importRoute(
    new Request(`http://localhost/api/teacher/articles/${articleId}/import`, { method: "POST", body: form }),
    {
      params: Promise.resolve({ id: articleId }),
    },
  );
}
const count = (articleId: string) => db.question.count({ where: { articleId } });

async function setup() {
  const source = await makeTeacherWithArticle();
  session.userId = source.teacher.id;
  const quiz = await makeQuiz(source.teacher.id, source.articleId);
  const res = await exportQuiz(new Request(`http://localhost/api/teacher/quizzes/${quiz.id}/export?format=moodle`), {
    params: Promise.resolve({ id: quiz.id }),
  });
  expect(res.status).toBe(200);
  const xml = await res.text();
  // The same article pasted again: a new, empty bank to import into.
  const target = await db.article.create({
    data: { title: "Copy", body: `Pasted again.\n${ENGLISH_ARTICLE}`, language: "en", ownerId: source.teacher.id },
  });
  return { ...source, quiz, xml, target };
}

describe("export routes", () => {
  it("export a quiz with each question's evidence as general feedback", async () => {
    const { xml, articleId } = await setup();
    const sourceQuestions = await db.question.findMany({ where: { articleId }, orderBy: { position: "asc" } });
    const parsed = importMoodleXml(xml);
    expect(parsed.questions.map((q) => q.evidenceText)).toEqual(
      sourceQuestions.map((q) => ENGLISH_ARTICLE.slice(q.evidenceStart, q.evidenceEnd)),
    );
  });

  it("export only the ticked questions of a bank, and refuse an unknown format with a 400", async () => {
    const { teacher, articleId } = await setup();
    const [first] = await db.question.findMany({ where: { articleId }, orderBy: { position: "asc" }, take: 1 });
    const url = `http://localhost/api/teacher/articles/${articleId}/export`;
    const res = await exportBank(new Request(`${url}?format=csv&ids=${first!.id}`), {
      params: Promise.resolve({ id: articleId }),
    });
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="fahm-article-.+\.csv"/);
    expect((await res.text()).trim().split("\r\n")).toHaveLength(2);
    const bad = await exportBank(new Request(`${url}?format=pdf`), { params: Promise.resolve({ id: articleId }) });
    expect(bad.status).toBe(400);
    session.userId = `${teacher.id}-other`;
    const foreign = await exportBank(new Request(`${url}?format=csv`), { params: Promise.resolve({ id: articleId }) });
    expect(foreign.status).toBe(404);
  });
});

describe("import route", () => {
  it("previews without saving, then saves exactly what the preview showed, evidence re-anchored", async () => {
    const { xml, target, articleId } = await setup();
    const n = await count(articleId);
    const preview = await upload(target.id, "quiz.xml", xml, "preview");
    expect(preview.status).toBe(200);
    const { preview: p } = (await preview.json()) as {
      preview: { ready: { evidence: { start: number; end: number; text: string } | null }[]; skipped: unknown[] };
    };
    expect(p.ready).toHaveLength(n);
    expect(p.ready.every((q) => q.evidence !== null)).toBe(true);
    expect(await count(target.id)).toBe(0);

    const saved = await upload(target.id, "quiz.xml", xml, "save");
    expect(saved.status).toBe(201);
    expect(((await saved.json()) as { saved: number }).saved).toBe(n);
    const rows = await db.question.findMany({ where: { articleId: target.id }, orderBy: { position: "asc" } });
    const originals = await db.question.findMany({ where: { articleId }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.type, r.prompt, r.answer, r.status, r.origin])).toEqual(
      originals.map((o) => [o.type, o.prompt, o.answer, "draft", "imported"]),
    );
    const shift = "Pasted again.\n".length;
    expect(rows.map((r) => [r.evidenceStart, r.evidenceEnd])).toEqual(
      originals.map((o) => [o.evidenceStart + shift, o.evidenceEnd + shift]),
    );
  });

  it("imports questions whose evidence is not in the article flagged with an empty span when asked to keep them there, and leaves out the invalid ones", async () => {
    const { target } = await setup();
    const gift = exportGift({
      title: "x",
      language: "en",
      questions: [
        {
          type: "mcq",
          prompt: "Who opened it?",
          choices: ["Ann", "Bob"],
          answer: "Ann",
          evidenceText: "A sentence from another article.",
        },
        { type: "mcq", prompt: "Too long? ".repeat(60), choices: ["Ann", "Bob"], answer: "Ann" },
      ],
    });
    const res = await upload(target.id, "quiz.gift", gift, "save", { unmatched: "here" });
    const body = (await res.json()) as {
      saved: number;
      preview: { skipped: { n: number; code: string; detail: { reason: string } }[] };
    };
    expect(body.saved).toBe(1);
    expect(body.preview.skipped).toEqual([
      expect.objectContaining({ n: 2, code: "invalid", detail: { reason: "promptTooLong" } }),
    ]);
    const [row] = await db.question.findMany({ where: { articleId: target.id } });
    expect([row!.evidenceStart, row!.evidenceEnd]).toEqual([0, 0]);
  });

  it("answers a bad file with a readable 4xx and saves nothing", async () => {
    const { target } = await setup();
    const cases: [string, string | Uint8Array, number, string][] = [
      ["quiz.gift", "::Q1:: Broken {=a ~b\n", 400, "gift_syntax"],
      ["quiz.xml", '<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaa">]><quiz>&a;</quiz>', 400, "xml_doctype"],
      ["quiz.zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 400, "bad_zip"],
      ["big.csv", new Uint8Array(20 * 1024 * 1024).fill(0x41), 413, "too_large"],
    ];
    for (const [name, content, status, code] of cases) {
      const res = await upload(target.id, name, content, "save");
      expect(res.status, name).toBe(status);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(10);
    }
    expect(await count(target.id)).toBe(0);
  });

  it("is a 404 for another teacher's article and a 401 when signed out", async () => {
    const { target, xml, teacher } = await setup();
    session.userId = `${teacher.id}-other`;
    expect((await upload(target.id, "quiz.xml", xml, "save")).status).toBe(404);
    session.userId = null;
    expect((await upload(target.id, "quiz.xml", xml, "save")).status).toBe(401);
    expect(await count(target.id)).toBe(0);
  });
});
