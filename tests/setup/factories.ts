// Test data shared by the lib tests: small articles in both languages with facts the generator can ask about.
export const ENGLISH_ARTICLE = `The Riverside Library
The Riverside Library opened on 4 June 1998 with 40,000 books.
It was designed by the architect Maria Lopez, who later became the city's chief planner.
In 2010, the library added a digital archive of 12,000 maps.
"Every child in this town deserves a quiet place to read," said Mayor Tom Becker in 2011.
The library now welcomes about 300 visitors a day.`;

export const ARABIC_ARTICLE = `افتُتحت مكتبة النهر في عام 1998 وضمت 40 ألف كتاب.
صممت المهندسة مريم الحسيني مبنى المكتبة، ثم أصبحت لاحقًا رئيسة التخطيط في المدينة.
وفي عام 2010 أضافت المكتبة أرشيفًا رقميًا يضم 12 ألف خريطة.
وقال رئيس البلدية سامي القاسم في عام 2011: "كل طفل في هذه المدينة يستحق مكانًا هادئًا للقراءة".
وتستقبل المكتبة اليوم نحو 300 زائر يوميًا.`;

import { createArticle } from "@/lib/articles/create-article";
import { db } from "@/lib/db";

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
  }> = {},
) {
  const questions = await db.question.findMany({ where: { articleId }, orderBy: { position: "asc" }, select: { id: true } });
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
  const klass = await db.class.create({ data: { ownerId, name: `Class ${next()}`, joinCode: next().slice(-6).toUpperCase() } });
  const student = await db.student.create({
    data: { classId: klass.id, displayName: name, pin: "1234", devices: { create: { deviceId } } },
  });
  return { klass, student };
}
