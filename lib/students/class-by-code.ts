// Finding the class behind a join code, with the rate limit on wrong codes that join and resume share.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { firstIssue, JOIN_ERROR_MESSAGES } from "@/lib/validation/classes";
import { assertNotRateLimited, recordWrongTry } from "./join-rate-limit";

export interface JoinedStudent {
  studentId: string;
  classId: string;
  className: string;
  displayName: string;
  pin: string;
  /** False when this device was already in the class, or resumed with a PIN. */
  isNew: boolean;
}

async function rejectWrongCode(clientKey: string): Promise<never> {
  await recordWrongTry(clientKey);
  throw new ValidationError(JOIN_ERROR_MESSAGES.codeWrong!, "codeWrong");
}

/**
 * Parses a join or resume form. Missing or over-long fields are reported first (they cost no try); a code of the
 * wrong shape is a wrong code and counts towards the rate limit like any other.
 */
export async function parseJoinInput<T extends { code: string }>(
  schema: z.ZodType<T>,
  input: Record<string, unknown>,
  clientKey: string,
): Promise<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const others = parsed.error.issues.filter((i) => i.message !== "codeWrong");
  if (others.length > 0) {
    const { key, message } = firstIssue(others, JOIN_ERROR_MESSAGES);
    throw new ValidationError(message, key);
  }
  await assertNotRateLimited(clientKey);
  return rejectWrongCode(clientKey);
}

/** `code` already normalised. A deleted class has no code, so its old code is simply wrong. */
export async function findClassByCode({ code, clientKey }: { code: string; clientKey: string }) {
  await assertNotRateLimited(clientKey);
  const found = await db.class.findFirst({
    where: { joinCode: code, deletedAt: null },
    select: { id: true, name: true },
  });
  if (!found) return rejectWrongCode(clientKey);
  return found;
}
