// "This question is wrong": the student suspends the card (it never comes back) and the report reaches the article's
// teacher's review screen (lib/review/list-card-reports.ts) — without the student's name.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { loadOwnCard } from "./submit-review";

const SUSPEND_NOTE_MAX = 500;
export const SuspendInputSchema = z.object({ note: z.string().trim().max(SUSPEND_NOTE_MAX).optional() });

export async function suspendCard({
  cardId,
  deviceId,
  note,
  now = new Date(),
}: {
  cardId: string;
  deviceId: string | null;
  note?: string;
  now?: Date;
}) {
  const card = await loadOwnCard(cardId, deviceId);
  if (!card.suspendedAt)
    await db.reviewCard.update({ where: { id: cardId }, data: { suspendedAt: now, suspendNote: note || null } });
  return { cardId, suspended: true };
}
