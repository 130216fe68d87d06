// A reviewer's settings (issue 11): only the desired retention; FSRS's other parameters are ts-fsrs's defaults.
// Kept per device (the owner key of its anonymous identity): the reviews done on it use them.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { deviceOwnerKey } from "./review-owners";
import { DEFAULT_RETENTION, MAX_RETENTION, MIN_RETENTION } from "./scheduler";

export const ReviewSettingsSchema = z.object({
  desiredRetention: z.number().min(MIN_RETENTION).max(MAX_RETENTION),
});

export async function getDesiredRetention(deviceId: string | null): Promise<number> {
  if (!deviceId) return DEFAULT_RETENTION;
  const row = await db.reviewSettings.findUnique({ where: { ownerKey: deviceOwnerKey(deviceId) } });
  return row?.desiredRetention ?? DEFAULT_RETENTION;
}

export async function setDesiredRetention({
  deviceId,
  desiredRetention,
}: {
  deviceId: string | null;
  desiredRetention: number;
}) {
  if (!deviceId) throw new NotFoundError("Nothing to set: this device has no reviews.");
  const ownerKey = deviceOwnerKey(deviceId);
  await db.reviewSettings.upsert({
    where: { ownerKey },
    create: { ownerKey, desiredRetention },
    update: { desiredRetention },
  });
  return { desiredRetention };
}
