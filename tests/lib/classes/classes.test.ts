import { beforeEach, describe, expect, it } from "vitest";
import { createClass } from "@/lib/classes/create-class";
import { deleteClass } from "@/lib/classes/delete-class";
import { getClass } from "@/lib/classes/get-class";
import {
  generateJoinCode,
  isJoinCodeShape,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  normaliseJoinCode,
  withFreshJoinCode,
} from "@/lib/classes/join-code";
import { listClasses } from "@/lib/classes/list-classes";
import { purgeClass } from "@/lib/classes/purge-class";
import { regenerateJoinCode } from "@/lib/classes/regenerate-code";
import { removeStudent } from "@/lib/classes/remove-student";
import { restoreClass } from "@/lib/classes/restore-class";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { studentIdsForDevice } from "@/lib/students/device-students";
import { joinClass } from "@/lib/students/join-class";
import { resetToTwoTeachers } from "../../setup/factories";

const TEACHER = "teacher-a";
const OTHER_TEACHER = "teacher-b";
const DEVICE = "11111111-1111-4111-8111-111111111111";

beforeEach(async () => {
  // One database per test file: start each test from no classes and two teachers.
  await resetToTwoTeachers(TEACHER, OTHER_TEACHER);
});

describe("join codes", () => {
  it("are 6 characters from an alphabet without 0, O, 1, I or L", () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL]/);
    const codes = Array.from({ length: 2000 }, generateJoinCode);
    for (const code of codes) {
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect(isJoinCodeShape(code)).toBe(true);
    }
    expect(new Set(codes).size).toBeGreaterThan(1990);
    // Every character of the alphabet turns up: the generator is not stuck on a subset.
    expect(new Set(codes.join("")).size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it("normalises what a student types", () => {
    expect(normaliseJoinCode(" abc-234 ")).toBe("ABC234");
    expect(normaliseJoinCode("abc 234")).toBe("ABC234");
    expect(normaliseJoinCode("ＡＢＣ２３４")).toBe("ABC234");
    expect(isJoinCodeShape("ABC2O4")).toBe(false);
  });

  it("gives every class its own code and retries when a code is already taken", async () => {
    const a = await createClass({ teacherId: TEACHER, name: "7A" });
    const codes = [a.joinCode!, a.joinCode!, "ZZZ999"];
    let calls = 0;
    const b = await withFreshJoinCode(
      (joinCode) => db.class.create({ data: { ownerId: TEACHER, name: "7B", joinCode }, select: { joinCode: true } }),
      () => codes[calls++]!,
    );
    expect(b.joinCode).toBe("ZZZ999");
    expect(calls).toBe(3);
    await expect(
      withFreshJoinCode(
        (joinCode) => db.class.create({ data: { ownerId: TEACHER, name: "7C", joinCode } }),
        () => a.joinCode!,
      ),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});

describe("classes", () => {
  it("creates a class with a code and lists it with its student count", async () => {
    const cls = await createClass({ teacherId: TEACHER, name: "  Grade 7 — Reading  " });
    expect(cls.name).toBe("Grade 7 — Reading");
    expect(isJoinCodeShape(cls.joinCode!)).toBe(true);
    await joinClass({ code: cls.joinCode, displayName: "Sara", deviceId: DEVICE, address: null });
    const list = await listClasses({ teacherId: TEACHER });
    expect(list.active).toMatchObject([{ id: cls.id, studentCount: 1 }]);
    expect(list.deleted).toEqual([]);
    expect(await listClasses({ teacherId: OTHER_TEACHER })).toEqual({ active: [], deleted: [] });
  });

  it("rejects an empty or over-long class name", async () => {
    await expect(createClass({ teacherId: TEACHER, name: "   " })).rejects.toMatchObject({ code: "nameRequired" });
    await expect(createClass({ teacherId: TEACHER, name: "x".repeat(81) })).rejects.toBeInstanceOf(ValidationError);
    await expect(createClass({ teacherId: TEACHER, name: 42 })).rejects.toBeInstanceOf(ValidationError);
  });

  it("shows the roster with names, PINs and join dates", async () => {
    const cls = await createClass({ teacherId: TEACHER, name: "7A" });
    const joined = await joinClass({ code: cls.joinCode, displayName: "Sara", deviceId: DEVICE, address: null });
    const view = await getClass({ teacherId: TEACHER, classId: cls.id });
    expect(view.students).toEqual([
      { id: joined.studentId, displayName: "Sara", pin: joined.pin, joinedAt: expect.any(Date), isPinLocked: false },
    ]);
  });

  it("regenerating the code makes the old one stop working", async () => {
    const cls = await createClass({ teacherId: TEACHER, name: "7A" });
    const { joinCode } = await regenerateJoinCode({ teacherId: TEACHER, classId: cls.id });
    expect(joinCode).not.toBe(cls.joinCode);
    await expect(
      joinClass({ code: cls.joinCode, displayName: "Sara", deviceId: DEVICE, address: null }),
    ).rejects.toMatchObject({ code: "codeWrong" });
    const ok = await joinClass({ code: joinCode, displayName: "Sara", deviceId: DEVICE, address: null });
    expect(ok.classId).toBe(cls.id);
  });

  it("a removed student loses access on every device and leaves the roster", async () => {
    const cls = await createClass({ teacherId: TEACHER, name: "7A" });
    const s = await joinClass({ code: cls.joinCode, displayName: "Sara", deviceId: DEVICE, address: null });
    expect(await studentIdsForDevice(DEVICE)).toEqual([s.studentId]);
    await removeStudent({ teacherId: TEACHER, classId: cls.id, studentId: s.studentId });
    expect(await studentIdsForDevice(DEVICE)).toEqual([]);
    const view = await getClass({ teacherId: TEACHER, classId: cls.id });
    expect(view.students).toEqual([]);
    expect(view.removedCount).toBe(1);
    await expect(removeStudent({ teacherId: TEACHER, classId: cls.id, studentId: s.studentId })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("deleting is soft: the code stops working, results stay until purged; restore brings a new code", async () => {
    const cls = await createClass({ teacherId: TEACHER, name: "7A" });
    const s = await joinClass({ code: cls.joinCode, displayName: "Sara", deviceId: DEVICE, address: null });
    await deleteClass({ teacherId: TEACHER, classId: cls.id });

    const deleted = await getClass({ teacherId: TEACHER, classId: cls.id });
    expect(deleted.deletedAt).toBeInstanceOf(Date);
    expect(deleted.joinCode).toBeNull();
    expect(deleted.students).toHaveLength(1);
    expect(await studentIdsForDevice(DEVICE)).toEqual([]);
    await expect(
      joinClass({ code: cls.joinCode, displayName: "Omar", deviceId: DEVICE, address: null }),
    ).rejects.toMatchObject({ code: "codeWrong" });
    const list = await listClasses({ teacherId: TEACHER });
    expect(list.active).toEqual([]);
    expect(list.deleted).toMatchObject([{ id: cls.id, studentCount: 1 }]);
    await expect(regenerateJoinCode({ teacherId: TEACHER, classId: cls.id })).rejects.toBeInstanceOf(ConflictError);

    const restored = await restoreClass({ teacherId: TEACHER, classId: cls.id });
    expect(isJoinCodeShape(restored.joinCode!)).toBe(true);
    expect(restored.joinCode).not.toBe(cls.joinCode);
    expect(await studentIdsForDevice(DEVICE)).toEqual([s.studentId]);
  });

  it("purges only a deleted class, and then everything in it is gone", async () => {
    const cls = await createClass({ teacherId: TEACHER, name: "7A" });
    await joinClass({ code: cls.joinCode, displayName: "Sara", deviceId: DEVICE, address: null });
    await expect(purgeClass({ teacherId: TEACHER, classId: cls.id })).rejects.toBeInstanceOf(ConflictError);
    await deleteClass({ teacherId: TEACHER, classId: cls.id });
    await purgeClass({ teacherId: TEACHER, classId: cls.id });
    await expect(getClass({ teacherId: TEACHER, classId: cls.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.student.count({ where: { classId: cls.id } })).toBe(0);
    expect(await db.studentDevice.count()).toBe(0);
  });

  it("another teacher gets 'not found' from every class function and changes nothing", async () => {
    const cls = await createClass({ teacherId: TEACHER, name: "7A" });
    const s = await joinClass({ code: cls.joinCode, displayName: "Sara", deviceId: DEVICE, address: null });
    const as = { teacherId: OTHER_TEACHER, classId: cls.id };
    await expect(getClass(as)).rejects.toBeInstanceOf(NotFoundError);
    await expect(regenerateJoinCode(as)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeStudent({ ...as, studentId: s.studentId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteClass(as)).rejects.toBeInstanceOf(NotFoundError);
    await expect(restoreClass(as)).rejects.toBeInstanceOf(NotFoundError);
    await expect(purgeClass(as)).rejects.toBeInstanceOf(NotFoundError);
    // Even once the owner deleted it, another teacher can neither restore nor purge it.
    await deleteClass({ teacherId: TEACHER, classId: cls.id });
    await expect(restoreClass(as)).rejects.toBeInstanceOf(NotFoundError);
    await expect(purgeClass(as)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getClass(as)).rejects.toBeInstanceOf(NotFoundError);

    const after = await getClass({ teacherId: TEACHER, classId: cls.id });
    expect(after.students).toHaveLength(1);
    // A student id from another teacher's class cannot be removed through one's own class either.
    const mine = await createClass({ teacherId: OTHER_TEACHER, name: "8B" });
    await expect(
      removeStudent({ teacherId: OTHER_TEACHER, classId: mine.id, studentId: s.studentId }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
