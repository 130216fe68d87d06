// The quizzes the interop tests send through every format: the shipped Arabic sample (generated), a mixed English
// quiz (generated with every type asked for), and hand-written questions of every type in both languages.
import fs from "node:fs";
import { toInteropQuestion } from "@/lib/interop/export-questions";
import type { ExportSource, InteropQuestion } from "@/lib/interop/types";
import { toQuestionData } from "@/lib/question-rows";
import { generateQuestions } from "@/questions/index";
import { QUESTION_TYPES } from "@/questions/types";
import { ENGLISH_ARTICLE } from "../../setup/factories";

export const SAMPLE_BODY = fs.readFileSync("prisma/seed-data/france-mali.ar.txt", "utf8");

function generated(body: string, options: Parameters<typeof generateQuestions>[1]): InteropQuestion[] {
  return generateQuestions(body, options).questions.map((q, i) =>
    toInteropQuestion(toQuestionData(q, i, "test"), body),
  );
}

function sentence(body: string, index: number): InteropQuestion["evidence"] & object {
  const lines = [...body.matchAll(/[^\n]+/g)];
  const m = lines[index]!;
  return { start: m.index!, end: m.index! + m[0].length };
}

/** One question of each type whose evidence is a line of `body`. */
function everyType(body: string, lang: "ar" | "en"): InteropQuestion[] {
  const ev = (i: number) => {
    const e = sentence(body, i);
    return { evidence: e, evidenceText: body.slice(e.start, e.end) };
  };
  const w =
    lang === "ar"
      ? {
          p: ["من قال «لن نعود»؟", "باريس عاصمة مالي.", "ما اسم العاصمة؟", "طابق كل بلد بعاصمته.", "رتّب الأحداث."],
          c: ["باماكو", "داكار", "نيامي", "واغادوغو"],
          l: ["مالي", "السنغال", "النيجر"],
        }
      : {
          p: [
            'Who said "we won\'t return"?',
            "Paris is the capital of Mali.",
            "Name the capital.",
            "Match each country with its capital.",
            "Put the events in order.",
          ],
          c: ["Bamako", "Dakar", "Niamey", "Ouagadougou"],
          l: ["Mali", "Senegal", "Niger"],
        };
  return [
    { type: "mcq", prompt: w.p[0]!, choices: w.c, answer: w.c[1]!, ...ev(1) },
    { type: "true_false", prompt: w.p[1]!, choices: ["true", "false"], answer: "false", ...ev(2) },
    { type: "short_answer", prompt: w.p[2]!, choices: [], answer: w.c[0]!, ...ev(3) },
    {
      type: "matching",
      prompt: w.p[3]!,
      left: w.l,
      choices: [w.c[2]!, w.c[0]!, w.c[1]!],
      answer: [w.c[0]!, w.c[1]!, w.c[2]!],
      ...ev(1),
    },
    { type: "timeline", prompt: w.p[4]!, choices: [w.c[2]!, w.c[0]!, w.c[3]!, w.c[1]!], answer: w.c, ...ev(2) },
  ];
}

export const SAMPLE_QUIZ: ExportSource = {
  title: "فرنسا ومالي: نهاية عقد من النفوذ",
  language: "ar",
  questions: [...generated(SAMPLE_BODY, { count: 12 }), ...everyType(SAMPLE_BODY, "ar")],
};

export const ENGLISH_QUIZ: ExportSource = {
  title: "The Riverside Library / 2026",
  language: "en",
  questions: [
    ...generated(ENGLISH_ARTICLE, { count: 20, types: [...QUESTION_TYPES] }),
    ...everyType(ENGLISH_ARTICLE, "en"),
  ],
};

/** What must survive a round trip: content and evidence text (matching's shown order is the format's business). */
export function comparable(q: InteropQuestion) {
  return {
    type: q.type,
    prompt: q.prompt,
    choices: q.type === "matching" ? [...q.choices].sort() : q.choices,
    answer: q.answer,
    left: q.left,
    evidenceText: q.evidenceText?.replace(/\s+/g, " ").trim(),
  };
}
