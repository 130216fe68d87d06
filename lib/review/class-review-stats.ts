// Per class (issue 11): how many of its students review, and each article's average mastery over the students who
// have cards from it. Aggregates only: a teacher never sees an individual's review history here.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { studentOwnerKey } from "./review-owners";
import { isMastered } from "./scheduler";

const WEEK_MS = 7 * 86_400_000;

export async function getClassReviewStats({
  classId,
  ownerId,
  now = new Date(),
}: {
  classId: string;
  ownerId: string;
  now?: Date;
}) {
  const cls = await db.class.findFirst({
    where: { id: classId, ownerId },
    select: { students: { where: { removedAt: null }, select: { id: true } } },
  });
  if (!cls) throw new NotFoundError("No such class.");
  const keys = cls.students.map((s) => studentOwnerKey(s.id));
  const [cards, recent] = await Promise.all([
    db.reviewCard.findMany({
      where: { ownerKey: { in: keys }, suspendedAt: null },
      select: { ownerKey: true, state: true, stability: true, article: { select: { id: true, title: true } } },
    }),
    db.reviewLog.findMany({
      where: { source: "review", review: { gte: new Date(now.getTime() - WEEK_MS) }, card: { ownerKey: { in: keys } } },
      select: { card: { select: { ownerKey: true } } },
      distinct: ["cardId"],
    }),
  ]);
  // per article, per student: that student's mastery share; then the average over students
  const byArticle = new Map<string, { title: string; students: Map<string, { cards: number; mastered: number }> }>();
  for (const c of cards) {
    const a = byArticle.get(c.article.id) ?? { title: c.article.title, students: new Map() };
    const s = a.students.get(c.ownerKey) ?? { cards: 0, mastered: 0 };
    s.cards++;
    if (isMastered(c)) s.mastered++;
    a.students.set(c.ownerKey, s);
    byArticle.set(c.article.id, a);
  }
  return {
    students: keys.length,
    /** Students with at least one card. */
    withCards: new Set(cards.map((c) => c.ownerKey)).size,
    /** Students who reviewed in the last 7 days. */
    reviewingThisWeek: new Set(recent.map((r) => r.card.ownerKey)).size,
    articles: [...byArticle.entries()]
      .map(([id, a]) => {
        const shares = [...a.students.values()].map((s) => s.mastered / s.cards);
        return {
          id,
          title: a.title,
          students: shares.length,
          mastery: shares.reduce((x, y) => x + y, 0) / shares.length,
        };
      })
      .sort((x, y) => x.title.localeCompare(y.title)),
  };
}
export type ClassReviewStats = Awaited<ReturnType<typeof getClassReviewStats>>;
