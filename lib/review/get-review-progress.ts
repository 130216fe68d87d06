// A reviewer's progress (issue 11): streak of days reviewed, cards due per day for the next 30 days, retention over
// the last 30 days (share of reviews answered right) and per-article mastery. Days are UTC days.
import "server-only";
import { db } from "@/lib/db";
import { LIVE_CARD } from "./list-due-cards";
import { reviewOwnerKeys } from "./review-owners";
import { isMastered } from "./scheduler";

const DAY_MS = 86_400_000;
const FORECAST_DAYS = 30;

const dayIndex = (d: Date) => Math.floor(d.getTime() / DAY_MS);
const dayIso = (index: number) => new Date(index * DAY_MS).toISOString().slice(0, 10);

/** Consecutive days with a review, ending today (or yesterday: today's may still come). */
export function streakDays(reviewDays: Iterable<number>, today: number): number {
  const days = new Set(reviewDays);
  let day = days.has(today) ? today : today - 1;
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day--;
  }
  return streak;
}

/** Cards due on each of the next `days` days; today's count includes everything overdue. */
export function dueForecast(dues: Date[], now: Date, days = FORECAST_DAYS) {
  const today = dayIndex(now);
  const counts = Array.from({ length: days }, (_, i) => ({ date: dayIso(today + i), count: 0 }));
  for (const due of dues) {
    const i = Math.max(0, dayIndex(due) - today);
    if (i < days) counts[i]!.count++;
  }
  return counts;
}

export async function getReviewProgress({ deviceId, now = new Date() }: { deviceId: string | null; now?: Date }) {
  const ownerKey = { in: await reviewOwnerKeys(deviceId) };
  const since = new Date(now.getTime() - FORECAST_DAYS * DAY_MS);
  const [cards, logs] = await Promise.all([
    db.reviewCard.findMany({
      where: { ownerKey, ...LIVE_CARD },
      select: {
        due: true,
        state: true,
        stability: true,
        article: { select: { id: true, title: true, language: true } },
      },
    }),
    db.reviewLog.findMany({
      where: { card: { ownerKey }, review: { gte: since, lte: now } },
      select: { review: true, correct: true, source: true },
    }),
  ]);
  const reviews = logs.filter((l) => l.source === "review");
  const articles = new Map<string, { id: string; title: string; language: string; cards: number; mastered: number }>();
  for (const c of cards) {
    const a = articles.get(c.article.id) ?? { ...c.article, cards: 0, mastered: 0 };
    a.cards++;
    if (isMastered(c)) a.mastered++;
    articles.set(c.article.id, a);
  }
  return {
    cards: cards.length,
    streak: streakDays(
      reviews.map((l) => dayIndex(l.review)),
      dayIndex(now),
    ),
    forecast: dueForecast(
      cards.map((c) => c.due),
      now,
    ),
    retention: {
      reviews: reviews.length,
      correct: reviews.filter((r) => r.correct).length,
    },
    articles: [...articles.values()]
      .map((a) => ({ ...a, mastery: a.cards ? a.mastered / a.cards : 0 }))
      .sort((x, y) => x.title.localeCompare(y.title)),
  };
}
export type ReviewProgress = Awaited<ReturnType<typeof getReviewProgress>>;
