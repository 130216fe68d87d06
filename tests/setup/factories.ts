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
import { db } from "@/lib/db";
import { parseAnswer } from "@/lib/question-rows";

let seq = 0;
const next = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

/** A teacher with an article whose generated questions are all approved. */
export async function makeTeacherWithArticle(body = ENGLISH_ARTICLE) {
  const id = `t_${next()}`;
  const teacher = await db.user.create({ data: { id, name: `Teacher ${id}`, email: `${id}@example.com` } });
  const article = await createArticle({ title: `Article ${id}`, body }, { ownerId: teacher.id });
  await db.question.updateMany({ where: { articleId: article.id }, data: { status: "approved" } });
  return { teacher, articleId: article.id };
}

export async function makeQuiz(
  ownerId: string,
  articleId: string,
  settings: Partial<{
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
  const questions = await db.question.findMany({
    where: { articleId },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return db.quiz.create({
    data: {
      ownerId,
      articleId,
      title: `Quiz ${next()}`,
      ...settings,
      items: { create: questions.map((q, position) => ({ questionId: q.id, position })) },
    },
  });
}

/** A class with one student already linked to `deviceId`. */
export async function makeClassWithStudent(ownerId: string, deviceId: string, name = "Sara") {
  const klass = await db.class.create({
    data: { ownerId, name: `Class ${next()}`, joinCode: next().slice(-6).toUpperCase() },
  });
  const student = await db.student.create({
    data: { classId: klass.id, displayName: name, pin: "1234", devices: { create: { deviceId } } },
  });
  return { klass, student };
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
