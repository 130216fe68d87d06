// Finding the class behind a join code, with the limit on code guesses that join and resume share.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { firstIssue, JOIN_ERROR_MESSAGES } from "@/lib/validation/classes";
import { takeCodeTry, type JoinClient, type TakenTries } from "./join-rate-limit";

export interface JoinedStudent {
  studentId: string;
  classId: string;
  className: string;
  displayName: string;
  pin: string;
  /** False when this device was already in the class, or resumed with a PIN. */
  isNew: boolean;
}

/** What a join or a resume answers: `student` of `cls`, now on this device. */
export function joinedStudent(
  cls: { id: string; name: string },
  student: { id: string; displayName: string; pin: string },
  isNew: boolean,
): JoinedStudent {
  return {
    studentId: student.id,
    classId: cls.id,
    className: cls.name,
    displayName: student.displayName,
    pin: student.pin,
    isNew,
  };
}

/**
 * Parses a join or resume form and finds the class behind its code. Missing or over-long fields are reported first
 * (they cost no try). Then the code is a try, counted against the device and the address before it is looked up: a
 * code of the wrong shape, or one that matches no class (a deleted class has no code), keeps its count; a right one
 * returns with its count still taken, for the caller to give back once the whole try has turned out right.
 */
export async function findClassByCode<T extends { code: string }>(
  schema: z.ZodType<T>,
  raw: Record<string, unknown>,
  client: JoinClient,
): Promise<{ input: T; cls: { id: string; name: string }; tries: TakenTries }> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const others = parsed.error.issues.filter((i) => i.message !== "codeWrong");
    if (others.length > 0) {
      const { key, message } = firstIssue(others, JOIN_ERROR_MESSAGES);
      throw new ValidationError(message, key);
    }
  }
  const tries = await takeCodeTry(client);
  const cls = parsed.success
    ? await db.class.findFirst({
        where: { joinCode: parsed.data.code, deletedAt: null },
        select: { id: true, name: true },
      })
    : null;
  if (!parsed.success || !cls) throw new ValidationError(JOIN_ERROR_MESSAGES.codeWrong, "codeWrong");
  return { input: parsed.data, cls, tries };
}
