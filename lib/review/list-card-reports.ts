// "This question is wrong" reports on a teacher's article (issue 11), for its review screen: per question, how many
// students suspended it and their notes — never who they are.
import "server-only";
import { db } from "@/lib/db";

export async function listCardReports({ articleId, ownerId }: { articleId: string; ownerId: string }) {
  const cards = await db.reviewCard.findMany({
    where: { articleId, article: { ownerId }, suspendedAt: { not: null } },
    orderBy: { suspendedAt: "desc" },
    select: {
      questionId: true,
      suspendNote: true,
      suspendedAt: true,
      question: { select: { prompt: true, version: true } },
    },
  });
  const byQuestion = new Map<
    string,
    { questionId: string; prompt: string; count: number; notes: string[]; lastAt: string }
  >();
  for (const c of cards) {
    const r = byQuestion.get(c.questionId) ?? {
      questionId: c.questionId,
      prompt: c.question.prompt,
      count: 0,
      notes: [],
      lastAt: c.suspendedAt!.toISOString(),
    };
    r.count++;
    if (c.suspendNote && r.notes.length < 5) r.notes.push(c.suspendNote);
    byQuestion.set(c.questionId, r);
  }
  return [...byQuestion.values()];
}
export type CardReport = Awaited<ReturnType<typeof listCardReports>>[number];
