// "I already joined": a student on a new device gives the class code, their name and PIN; the device is linked to
// them. Wrong tries count towards the same rate limit as wrong codes (a PIN has only 10,000 values).
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { JOIN_ERROR_MESSAGES, nameKey, ResumeSchema } from "@/lib/validation/classes";
import { findClassByCode, parseJoinInput, type JoinedStudent } from "./class-by-code";
import { recordWrongTry } from "./join-rate-limit";

function samePin(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function resumeWithPin({
  code,
  displayName,
  pin,
  deviceId,
  clientKey,
}: {
  code: unknown;
  displayName: unknown;
  pin: unknown;
  deviceId: string;
  clientKey: string;
}): Promise<JoinedStudent> {
  const input = await parseJoinInput(ResumeSchema, { code, displayName, pin }, clientKey);
  const cls = await findClassByCode({ code: input.code, clientKey });
  const key = nameKey(input.displayName);
  const students = await db.student.findMany({
    where: { classId: cls.id, removedAt: null },
    select: { id: true, displayName: true, pin: true },
  });
  const student = students.find((s) => nameKey(s.displayName) === key && samePin(s.pin, input.pin));
  if (!student) {
    // One message for "no such name" and "wrong PIN": it must not tell who is in the class.
    await recordWrongTry(clientKey);
    throw new ValidationError(JOIN_ERROR_MESSAGES.pinWrong!, "pinWrong");
  }
  await db.studentDevice.upsert({
    where: { studentId_deviceId: { studentId: student.id, deviceId } },
    create: { studentId: student.id, deviceId },
    update: {},
  });
  return {
    studentId: student.id,
    classId: cls.id,
    className: cls.name,
    displayName: student.displayName,
    pin: student.pin,
    isNew: false,
  };
}
