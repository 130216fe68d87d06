// Guessing a student's PIN (issue 8, item 2): written as the attack. The attacker knows the class code and a name and
// has many addresses and devices; the per-target limit must hold anyway, and the teacher must be able to lift it.
import { beforeEach, describe, expect, it } from "vitest";
import { createClass } from "@/lib/classes/create-class";
import { getClass } from "@/lib/classes/get-class";
import { removeStudent } from "@/lib/classes/remove-student";
import { unlockStudentPin } from "@/lib/classes/unlock-student-pin";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { studentIdsForDevice } from "@/lib/students/device-students";
import { joinClass } from "@/lib/students/join-class";
import {
  isPinLocked,
  PIN_TRIES_PER_CLASS,
  PIN_TRIES_PER_NAME,
  PinLockedError,
  TooManyAttemptsError,
} from "@/lib/students/join-rate-limit";
import { resumeWithPin } from "@/lib/students/resume-with-pin";
import { resetToTwoTeachers } from "../../setup/factories";

const TEACHER = "teacher-a";
const OTHER_TEACHER = "teacher-b";
let code: string;
let classId: string;
let sara: { studentId: string; pin: string };
let wrong: string;

// A botnet: every guess from a new address and a new device.
let hosts = 0;
const stranger = () => ({
  deviceId: crypto.randomUUID(),
  address: `198.18.${Math.floor(++hosts / 250)}.${hosts % 250}`,
});
const guess = (displayName: string, pin: string, c = code) =>
  resumeWithPin({ code: c, displayName, pin, ...stranger() });
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? "thrown",
  );

beforeEach(async () => {
  await resetToTwoTeachers(TEACHER, OTHER_TEACHER);
  const cls = await createClass({ teacherId: TEACHER, name: "7A" });
  code = cls.joinCode!;
  classId = cls.id;
  sara = await joinClass({ code, displayName: "Sara", deviceId: crypto.randomUUID(), address: "192.0.2.10" });
  wrong = sara.pin === "0000" ? "0001" : "0000";
});

describe("PIN guesses are limited per target student", () => {
  it(`locks a name after ${PIN_TRIES_PER_NAME.points} wrong PINs from as many addresses, until the teacher unlocks it`, async () => {
    for (let i = 0; i < PIN_TRIES_PER_NAME.points; i++) {
      await expect(guess("Sara", wrong)).rejects.toMatchObject({ code: "pinWrong" });
    }
    // Locked: the next guess is refused before the PIN is looked at — the right PIN too.
    const locked = await guess(" sara ", sara.pin).catch((e: unknown) => e);
    expect(locked).toBeInstanceOf(PinLockedError);
    expect(locked).toMatchObject({ status: 429, code: "pinLocked" });
    expect(await db.studentDevice.count({ where: { studentId: sara.studentId } })).toBe(1);

    // The teacher sees it on the class page, and unlocks it.
    const before = await getClass({ teacherId: TEACHER, classId });
    expect(before.students.find((s) => s.id === sara.studentId)?.isPinLocked).toBe(true);
    await unlockStudentPin({ teacherId: TEACHER, classId, studentId: sara.studentId });
    const after = await getClass({ teacherId: TEACHER, classId });
    expect(after.students.find((s) => s.id === sara.studentId)?.isPinLocked).toBe(false);

    const laptop = crypto.randomUUID();
    const resumed = await resumeWithPin({
      code,
      displayName: "Sara",
      pin: sara.pin,
      deviceId: laptop,
      address: "192.0.2.11",
    });
    expect(resumed.studentId).toBe(sara.studentId);
    expect(await studentIdsForDevice(laptop)).toEqual([sara.studentId]);
  });

  it("locks a name nobody has in the same way, so a lock tells nobody who is in the class", async () => {
    for (let i = 0; i < PIN_TRIES_PER_NAME.points; i++) {
      await expect(guess("Ghost", "1234")).rejects.toMatchObject({ code: "pinWrong" });
    }
    await expect(guess("Ghost", "1234")).rejects.toBeInstanceOf(PinLockedError);
    expect(await isPinLocked({ classId, displayName: "ghost" })).toBe(true);
    // Other names in the class are untouched.
    await expect(guess("Sara", wrong)).rejects.toMatchObject({ code: "pinWrong" });
  });

  it("many guesses sent at once get no more than the lock's count", async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => outcome(guess("Sara", wrong))));
    expect(results.filter((r) => r === "pinWrong")).toHaveLength(PIN_TRIES_PER_NAME.points);
    expect(results.filter((r) => r === "pinLocked")).toHaveLength(30 - PIN_TRIES_PER_NAME.points);
  });

  it("a right PIN forgets the student's earlier typos", async () => {
    for (let i = 0; i < PIN_TRIES_PER_NAME.points - 1; i++) await guess("Sara", wrong).catch(() => null);
    await guess("Sara", sara.pin);
    for (let i = 0; i < PIN_TRIES_PER_NAME.points - 1; i++) {
      await expect(guess("Sara", wrong)).rejects.toMatchObject({ code: "pinWrong" });
    }
    expect(await isPinLocked({ classId, displayName: "Sara" })).toBe(false);
  });

  it("only the class's teacher can unlock, and only a current student", async () => {
    for (let i = 0; i < PIN_TRIES_PER_NAME.points; i++) await guess("Sara", wrong).catch(() => null);
    await expect(
      unlockStudentPin({ teacherId: OTHER_TEACHER, classId, studentId: sara.studentId }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(unlockStudentPin({ teacherId: TEACHER, classId, studentId: "nope" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await isPinLocked({ classId, displayName: "Sara" })).toBe(true);
    await removeStudent({ teacherId: TEACHER, classId, studentId: sara.studentId });
    await expect(unlockStudentPin({ teacherId: TEACHER, classId, studentId: sara.studentId })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("name-and-PIN guesses are limited per class code", () => {
  it(`pauses resuming in a class after ${PIN_TRIES_PER_CLASS.points} wrong tries at its code, while joins and other classes go on`, async () => {
    for (let i = 0; i < PIN_TRIES_PER_CLASS.points; i++) {
      await expect(guess(`Name ${i}`, "1234")).rejects.toMatchObject({ code: "pinWrong" });
    }
    await expect(guess("Sara", sara.pin)).rejects.toBeInstanceOf(TooManyAttemptsError);
    // New students still join with the code.
    expect((await joinClass({ code, displayName: "Omar", ...stranger() })).isNew).toBe(true);
    // Another class is not affected.
    const other = await createClass({ teacherId: TEACHER, name: "7B" });
    const lina = await joinClass({ code: other.joinCode!, displayName: "Lina", ...stranger() });
    await expect(guess("Lina", lina.pin, other.joinCode!)).resolves.toMatchObject({ studentId: lina.studentId });
  });
});
