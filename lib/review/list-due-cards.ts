// Today's due cards from every article, oldest-overdue first (issue 11), as a student may see them before answering:
// no key, no evidence; choices shuffled anew for each review so position is not what is remembered.
import "server-only";
import { db } from "@/lib/db";
import { STUDENT_QUESTION_SELECT, toStudentQuestion, type StudentQuestion } from "@/lib/question-rows";
import { reviewOwnerKeys } from "./review-owners";

const REVIEW_BATCH = 50;
const LEARN_AHEAD_BATCH = 10;

export interface DueCard {
  id: string;
  due: string;
  article: { id: string; title: string; language: string; kind: string };
  question: StudentQuestion;
}

/** The cards that may come back: not suspended, and their question not replaced or deleted by its teacher. */
export const LIVE_CARD = { suspendedAt: null, question: { archivedAt: null } } as const;

function shuffleAnew<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Due cards (`due <= now`), oldest first; or, with `isAhead` ("learn ahead" when nothing is due), the next cards to
 * fall due, soonest first.
 */
export async function listDueCards({
  deviceId,
  now = new Date(),
  isAhead = false,
}: {
  deviceId: string | null;
  now?: Date;
  isAhead?: boolean;
}): Promise<DueCard[]> {
  const ownerKey = { in: await reviewOwnerKeys(deviceId) };
  const rows = await db.reviewCard.findMany({
    where: { ownerKey, ...LIVE_CARD, due: isAhead ? { gt: now } : { lte: now } },
    orderBy: [{ due: "asc" }, { id: "asc" }],
    take: isAhead ? LEARN_AHEAD_BATCH : REVIEW_BATCH,
    select: {
      id: true,
      due: true,
      article: { select: { id: true, title: true, language: true, kind: true } },
      question: { select: STUDENT_QUESTION_SELECT },
    },
  });
  return rows.map((r) => {
    const question = toStudentQuestion(r.question);
    if (question.type !== "true_false" && question.type !== "timeline")
      question.choices = shuffleAnew(question.choices);
    return { id: r.id, due: r.due.toISOString(), article: r.article, question };
  });
}

/** The header's badge: how many cards are due now. */
export async function countDueCards({ deviceId, now = new Date() }: { deviceId: string | null; now?: Date }) {
  const keys = await reviewOwnerKeys(deviceId);
  if (keys.length === 0) return 0;
  return db.reviewCard.count({ where: { ownerKey: { in: keys }, ...LIVE_CARD, due: { lte: now } } });
}
