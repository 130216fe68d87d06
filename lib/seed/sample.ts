// Layer: server, also loaded outside Next (seed, Prisma CLI, proxy): no "server-only" marker, never for the browser.
// Seeds the shipped sample article (and its generated questions) once; a second run changes nothing.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db-client";
import { toQuestionData } from "@/lib/question-rows";
import { GENERATOR_VERSION, generateQuestions } from "@/questions/index";
import { insertArticle } from "./rows";

const SAMPLE = {
  key: "sample-france-mali-ar",
  title: "فرنسا ومالي: نهاية عقد من النفوذ",
  file: path.join("prisma", "seed-data", "france-mali.ar.txt"),
};
const SAMPLE_QUESTION_COUNT = 12;

export async function seedSample(db: Db) {
  const existing = await db.article.findUnique({ where: { sampleKey: SAMPLE.key }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const body = fs.readFileSync(SAMPLE.file, "utf8");
  const result = generateQuestions(body, { count: SAMPLE_QUESTION_COUNT });
  const article = await insertArticle(db, {
    title: SAMPLE.title,
    body,
    language: result.language,
    sampleKey: SAMPLE.key,
    // "few_questions": the generator returned fewer than asked rather than pad with questions a teacher would drop
    notice: result.questions.length === 0 ? (result.notice ?? "nothing_to_ask") : (result.notice ?? null),
    questions: result.questions.map((q, i) => ({ ...toQuestionData(q, i, GENERATOR_VERSION), status: "approved" })),
  });
  return { id: article.id, created: true };
}
