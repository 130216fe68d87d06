// Part of `npm run bench:pages`: gives the teacher signed up over HTTP a quiz of the sample article, assigned to a class
// with one student who has answered it — so the assignment's results page has something to show. Run as
//   DATABASE_URL=file:<db> tsx --conditions=react-server scripts/bench-pages-setup.ts <teacherId> <articleId>
// and prints {"assignmentId": …}.
const [teacherId, articleId] = process.argv.slice(2) as [string, string];
const { db } = await import("@/lib/db");
const questions = await db.question.findMany({ where: { articleId }, orderBy: { position: "asc" } });
await db.question.updateMany({ where: { articleId }, data: { status: "approved" } });
const quiz = await db.quiz.create({
  data: {
    ownerId: teacherId,
    articleId,
    title: "Bench quiz",
    items: { create: questions.map((q, position) => ({ questionId: q.id, position })) },
  },
});
const klass = await db.class.create({ data: { ownerId: teacherId, name: "Bench class", joinCode: "BNCH23" } });
const deviceId = crypto.randomUUID();
const student = await db.student.create({
  data: { classId: klass.id, displayName: "Sara", pin: "1234", devices: { create: { deviceId } } },
});
const assignment = await db.assignment.create({ data: { quizId: quiz.id, classId: klass.id } });
const now = new Date();
await db.attempt.create({
  data: {
    articleId,
    deviceId,
    studentId: student.id,
    assignmentId: assignment.id,
    questionIds: JSON.stringify(questions.map((q) => q.id)),
    total: questions.length,
    score: questions.length,
    answeredCount: questions.length,
    finishedAt: now,
    lastAnsweredAt: now,
    responses: {
      create: questions.map((q) => ({ questionId: q.id, given: q.answer, correct: true, seconds: 5, answeredAt: now })),
    },
  },
});
console.log(JSON.stringify({ assignmentId: assignment.id }));
await db.$disconnect();
export {};
