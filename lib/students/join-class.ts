// A student joins a class with its code and a display name: no email, no password. The device (httpOnly cookie)
// is linked to the new student; they get a 4-digit PIN to continue on another device.
import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { AppError, ConflictError } from "@/lib/errors";
import { JoinSchema, nameKey } from "@/lib/validation/classes";
import { findClassByCode, joinedStudent, type JoinedStudent } from "./class-by-code";
import { giveBackTries } from "./join-rate-limit";

function generatePin(): string {
  return String(randomInt(0, 10_000)).padStart(4, "0");
}

/** "Sara" when free, else "Sara (2)", "Sara (3)" …, compared case-insensitively after NFKC and trimming. */
export function disambiguateName(name: string, taken: readonly string[]): string {
  const keys = new Set(taken.map(nameKey));
  if (!keys.has(nameKey(name))) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!keys.has(nameKey(candidate))) return candidate;
  }
}

/**
 * The name is already a student of this class, on another device. Most often that student is back on a new phone or
 * after clearing cookies: joining again would make a twin ("Sara (2)") with none of their results. So the form asks:
 * continue as that student with their PIN, or join as someone else under `suggestion`.
 */
export class NameTakenError extends ConflictError {
  constructor(
    readonly displayName: string,
    readonly suggestion: string,
  ) {
    super(
      `A student named "${displayName}" has already joined this class. If that is you, continue with your PIN.`,
      "nameTaken",
    );
  }
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}

export async function joinClass({
  code,
  displayName,
  deviceId,
  address,
  asNewStudent = false,
}: {
  code: unknown;
  displayName: unknown;
  /** The student said they are not the classmate of the same name: join under the next free name ("Sara (2)"). */
  asNewStudent?: boolean;
  /** The device cookie: linked to the student, and counted against when the code is wrong. */
  deviceId: string;
  /** The client address (lib/client-address.ts), or null when unknown: counted against when the code is wrong. */
  address: string | null;
}): Promise<JoinedStudent> {
  const { input, cls, tries } = await findClassByCode(JoinSchema, { code, displayName }, { deviceId, address });
  // A right code costs no try.
  await giveBackTries(tries);

  // Same device, same class: the student they already are (scanning the QR code again must not make a twin).
  const existing = await db.student.findFirst({
    where: { classId: cls.id, removedAt: null, devices: { some: { deviceId } } },
    orderBy: { joinedAt: "asc" },
    select: { id: true, displayName: true, pin: true },
  });
  if (existing) return joinedStudent(cls, existing, false);
  // A device whose student the teacher removed does not walk back in as a new student with the same code (issue 8,
  // Low): it stays out until the teacher lets that student back in (lib/classes/readmit-student.ts).
  const removed = await db.student.findFirst({
    where: { classId: cls.id, removedAt: { not: null }, devices: { some: { deviceId } } },
    select: { id: true },
  });
  if (removed)
    throw new AppError(
      403,
      "removedFromClass",
      "Your teacher removed you from this class. Ask your teacher to let you back in.",
    );

  // Two students named alike may join at the same moment: the unique index decides, and the loser takes the next name.
  for (let tries = 0; ; tries++) {
    const taken = await db.student.findMany({
      where: { classId: cls.id },
      select: { displayName: true, removedAt: true },
    });
    const names = taken.map((s) => s.displayName);
    const name = disambiguateName(input.displayName, names);
    // Only a student still in the class can be "you, on another device" (a removed one cannot resume).
    const twin = taken.find((s) => s.removedAt === null && nameKey(s.displayName) === nameKey(input.displayName));
    if (twin && !asNewStudent) throw new NameTakenError(twin.displayName, name);
    try {
      const student = await db.student.create({
        data: { classId: cls.id, displayName: name, pin: generatePin(), devices: { create: { deviceId } } },
        select: { id: true, displayName: true, pin: true },
      });
      return joinedStudent(cls, student, true);
    } catch (err) {
      if (tries >= 4 || !isUniqueViolation(err)) throw err;
    }
  }
}
