// "I already joined": a student on a new device gives the class code, their name and PIN; the device is linked to
// them. A PIN has only 10,000 values, so a wrong one counts against the device, the address, the class and — the
// strict one — the name: after a few wrong PINs the name is locked until the teacher unlocks it (join-rate-limit.ts).
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { JOIN_ERROR_MESSAGES, nameKey, ResumeSchema } from "@/lib/validation/classes";
import { findClassByCode, joinedStudent, type JoinedStudent } from "./class-by-code";
import { giveBackTries, takePinTry } from "./join-rate-limit";

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
  address,
}: {
  code: unknown;
  displayName: unknown;
  pin: unknown;
  deviceId: string;
  /** The client address (lib/client-address.ts), or null when unknown. */
  address: string | null;
}): Promise<JoinedStudent> {
  const { input, cls, tries } = await findClassByCode(ResumeSchema, { code, displayName, pin }, { deviceId, address });
  let pinTries;
  try {
    // Counted per name, not per student: a name nobody has locks the same way, so a lock tells nobody who is in.
    pinTries = await takePinTry({ classId: cls.id, displayName: input.displayName });
  } catch (err) {
    await giveBackTries(tries); // refused before the PIN was looked at: not a try
    throw err;
  }
  const key = nameKey(input.displayName);
  const students = await db.student.findMany({
    where: { classId: cls.id, removedAt: null },
    select: { id: true, displayName: true, pin: true },
  });
  const student = students.find((s) => nameKey(s.displayName) === key && samePin(s.pin, input.pin));
  if (!student) {
    // One message for "no such name" and "wrong PIN": it must not tell who is in the class. The tries stay counted.
    throw new ValidationError(JOIN_ERROR_MESSAGES.pinWrong, "pinWrong");
  }
  await giveBackTries({ taken: [...tries.taken, ...pinTries.taken] });
  await db.studentDevice.upsert({
    where: { studentId_deviceId: { studentId: student.id, deviceId } },
    create: { studentId: student.id, deviceId },
    update: {},
  });
  return joinedStudent(cls, student, false);
}
