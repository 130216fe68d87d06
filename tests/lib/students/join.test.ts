import { beforeEach, describe, expect, it } from "vitest";
import { createClass } from "@/lib/classes/create-class";
import { deleteClass } from "@/lib/classes/delete-class";
import { readmitStudent } from "@/lib/classes/readmit-student";
import { removeStudent } from "@/lib/classes/remove-student";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { studentIdsForDevice } from "@/lib/students/device-students";
import { disambiguateName, joinClass, NameTakenError } from "@/lib/students/join-class";
import { TooManyAttemptsError, TRIES_PER_ADDRESS, TRIES_PER_DEVICE } from "@/lib/students/join-rate-limit";
import { resumeWithPin } from "@/lib/students/resume-with-pin";
import { findDeviceMembership } from "@/lib/students/device-membership";
import { joinUrl } from "@/lib/classes/join-link";

const TEACHER = "teacher-a";
let PHONE: string;
let LAPTOP: string;
let TABLET: string;
// Each test speaks from its own address and devices, so counters left by one test never reach the next.
let n = 0;
let ADDRESS: string;
let code: string;
let classId: string;
const device = () => crypto.randomUUID();

beforeEach(async () => {
  ADDRESS = `203.0.113.${++n}`;
  [PHONE, LAPTOP, TABLET] = [device(), device(), device()];
  await db.class.deleteMany();
  await db.user.deleteMany();
  await db.user.create({ data: { id: TEACHER, name: "Ana", email: "ana@example.com" } });
  const cls = await createClass({ teacherId: TEACHER, name: "7A" });
  code = cls.joinCode!;
  classId = cls.id;
});

const join = (displayName: unknown, deviceId = PHONE, c: unknown = code, address: string | null = ADDRESS) =>
  joinClass({ code: c, displayName, deviceId, address });

describe("joining a class", () => {
  it("creates the student with a 4-digit PIN and links this device", async () => {
    const s = await join("  Sara  ");
    expect(s).toMatchObject({ classId, className: "7A", displayName: "Sara", isNew: true });
    expect(s.pin).toMatch(/^\d{4}$/);
    expect(await studentIdsForDevice(PHONE)).toEqual([s.studentId]);
    const row = await db.student.findUniqueOrThrow({ where: { id: s.studentId } });
    expect(row).toMatchObject({ displayName: "Sara", pin: s.pin, removedAt: null });
  });

  it("accepts the code typed loosely (lower case, spaces, dashes)", async () => {
    const loose = `${code.slice(0, 3).toLowerCase()}-${code.slice(3)} `;
    expect((await join("Sara", PHONE, loose)).classId).toBe(classId);
  });

  it("joining again on the same device gives back the same student, not a twin", async () => {
    const first = await join("Sara");
    const again = await join("Someone else");
    expect(again).toMatchObject({ studentId: first.studentId, displayName: "Sara", pin: first.pin, isNew: false });
    expect(await db.student.count({ where: { classId } })).toBe(1);
  });

  it("a name already in the class on another device is asked about, not silently made a twin", async () => {
    const sara = await join("Sara", PHONE);
    const err = await join(" sara ", LAPTOP).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NameTakenError);
    expect(err).toMatchObject({ status: 409, code: "nameTaken", displayName: "Sara", suggestion: "sara (2)" });
    expect(await db.student.count({ where: { classId } })).toBe(1);
    expect(await studentIdsForDevice(LAPTOP)).toEqual([]);
    // It is Sara on a new laptop: her PIN continues as her, with her results.
    const back = await resumeWithPin({ code, displayName: "sara", pin: sara.pin, deviceId: LAPTOP, address: ADDRESS });
    expect(back.studentId).toBe(sara.studentId);
    expect(await db.student.count({ where: { classId } })).toBe(1);
  });

  it("someone else with the same name joins as Sara (2), Sara (3) when they say so", async () => {
    expect((await join("Sara", PHONE)).displayName).toBe("Sara");
    const asNew = (name: string, deviceId: string) =>
      joinClass({ code, displayName: name, deviceId, address: ADDRESS, asNewStudent: true });
    expect((await asNew(" sara ", LAPTOP)).displayName).toBe("sara (2)");
    expect((await asNew("ＳＡＲＡ", TABLET)).displayName).toBe("SARA (3)");
    // A name nobody has is not changed by saying so.
    expect((await asNew("Lina", device())).displayName).toBe("Lina");
    expect(disambiguateName("Omar", ["Sara", "omar", "Omar (2)"])).toBe("Omar (3)");
    expect(disambiguateName("Omar", ["Sara"])).toBe("Omar");
  });

  it("the name of a removed student is not asked about (they cannot resume): the newcomer gets the next name", async () => {
    const sara = await join("Sara", PHONE);
    await removeStudent({ teacherId: TEACHER, classId, studentId: sara.studentId });
    expect((await join("Sara", LAPTOP)).displayName).toBe("Sara (2)");
  });

  it("rejects empty fields and over-long names with a message, and stores markup as plain text", async () => {
    await expect(join("   ")).rejects.toMatchObject({ code: "nameRequired", message: "Enter your name." });
    await expect(join("x".repeat(41))).rejects.toMatchObject({ code: "nameTooLong" });
    await expect(join("Sara", PHONE, "")).rejects.toMatchObject({ code: "codeRequired" });
    await expect(join(undefined)).rejects.toBeInstanceOf(ValidationError);
    expect((await join("x".repeat(40))).displayName).toHaveLength(40);
    const s = await join("<script>alert(1)</script>", LAPTOP);
    expect(s.displayName).toBe("<script>alert(1)</script>");
  });

  it("refuses a wrong code, and a deleted class's code, with a clear message", async () => {
    await expect(join("Sara", PHONE, "ZZZZZZ")).rejects.toMatchObject({
      code: "codeWrong",
      message: expect.stringContaining("does not match any class"),
    });
    await expect(join("Sara", PHONE, "not a code")).rejects.toMatchObject({ code: "codeWrong" });
    await deleteClass({ teacherId: TEACHER, classId });
    await expect(join("Sara")).rejects.toMatchObject({ code: "codeWrong" });
    expect(await db.student.count()).toBe(0);
  });

  it("one device's typos lock that device only: a classmate behind the same school address still joins", async () => {
    for (let i = 0; i < TRIES_PER_DEVICE.points; i++) {
      await expect(join("Sara", PHONE, "ZZZZZZ")).rejects.toMatchObject({ code: "codeWrong" });
    }
    // The typing device waits (right code or wrong) …
    const blocked = await join("Sara").catch((e: unknown) => e);
    expect(blocked).toBeInstanceOf(TooManyAttemptsError);
    expect(blocked).toMatchObject({ status: 429, code: "tooManyAttempts" });
    // … the rest of the class, on the same address, does not.
    expect((await join("Omar", LAPTOP)).isNew).toBe(true);
    expect((await join("Lina", TABLET)).isNew).toBe(true);
    // Right codes never count.
    for (let i = 0; i < 15; i++) await join("Omar", LAPTOP);
  });

  it("a guesser who drops the device cookie each time is stopped by the address (and only that address)", async () => {
    for (let i = 0; i < TRIES_PER_ADDRESS.points; i++) {
      await expect(join("X", device(), "ZZZZZZ")).rejects.toMatchObject({ code: "codeWrong" });
    }
    await expect(join("X", device(), "ZZZZZZ")).rejects.toBeInstanceOf(TooManyAttemptsError);
    // Walking the code space stops there: even the right code tells this address nothing now.
    await expect(join("Sara", device())).rejects.toBeInstanceOf(TooManyAttemptsError);
    expect((await join("Sara", device(), code, "198.51.100.1")).isNew).toBe(true);
  });

  it("counts an IPv6 guesser by its /64, so rotating addresses inside it gains nothing", async () => {
    const prefix = `2001:db8:${n.toString(16)}:1`;
    for (let i = 0; i < TRIES_PER_ADDRESS.points; i++) {
      await join("X", device(), "ZZZZZZ", `${prefix}::${(i + 1).toString(16)}`).catch(() => null);
    }
    await expect(join("Sara", device(), code, `${prefix}:ffff::1`)).rejects.toBeInstanceOf(TooManyAttemptsError);
    expect((await join("Sara", device(), code, `2001:db8:${n.toString(16)}:2::1`)).isNew).toBe(true);
  });

  it("many wrong codes sent at once cannot slip past the count", async () => {
    const phone = device();
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () => join("X", phone, "ZZZZZZ", `2001:db8:ffff:${n}::1`)),
    );
    const codes = results.map((r) => (r.status === "rejected" ? (r.reason as { code?: string }).code : "ok"));
    expect(codes.filter((c) => c === "codeWrong")).toHaveLength(TRIES_PER_DEVICE.points);
    expect(codes.filter((c) => c === "tooManyAttempts")).toHaveLength(40 - TRIES_PER_DEVICE.points);
  });
});

describe("resuming with a PIN on another device", () => {
  it("links the new device to the student when name and PIN match", async () => {
    const s = await join("Sara", PHONE);
    const resumed = await resumeWithPin({
      code,
      displayName: " sara ",
      pin: s.pin,
      deviceId: LAPTOP,
      address: ADDRESS,
    });
    expect(resumed).toMatchObject({ studentId: s.studentId, displayName: "Sara", isNew: false });
    expect(await studentIdsForDevice(LAPTOP)).toEqual([s.studentId]);
    expect(await studentIdsForDevice(PHONE)).toEqual([s.studentId]);
    // Doing it twice is harmless.
    await resumeWithPin({ code, displayName: "Sara", pin: s.pin, deviceId: LAPTOP, address: ADDRESS });
    expect(await db.studentDevice.count({ where: { studentId: s.studentId } })).toBe(2);
  });

  it("refuses a wrong PIN or an unknown name with one message, and counts it towards the limit", async () => {
    const s = await join("Sara", PHONE);
    const wrong = s.pin === "0000" ? "0001" : "0000";
    await expect(
      resumeWithPin({ code, displayName: "Sara", pin: wrong, deviceId: LAPTOP, address: ADDRESS }),
    ).rejects.toMatchObject({ code: "pinWrong" });
    await expect(
      resumeWithPin({ code, displayName: "Nobody", pin: s.pin, deviceId: LAPTOP, address: ADDRESS }),
    ).rejects.toMatchObject({ code: "pinWrong" });
    await expect(
      resumeWithPin({ code, displayName: "Sara", pin: "12a4", deviceId: LAPTOP, address: ADDRESS }),
    ).rejects.toMatchObject({ code: "pinShape" });
    expect(await studentIdsForDevice(LAPTOP)).toEqual([]);
    // Wrong tries with other names count against this device like wrong codes (the name lock has its own test).
    for (let i = 2; i < TRIES_PER_DEVICE.points; i++) {
      await expect(
        resumeWithPin({ code, displayName: `Nobody ${i}`, pin: wrong, deviceId: LAPTOP, address: ADDRESS }),
      ).rejects.toMatchObject({ code: "pinWrong" });
    }
    await expect(
      resumeWithPin({ code, displayName: "Sara", pin: s.pin, deviceId: LAPTOP, address: ADDRESS }),
    ).rejects.toBeInstanceOf(TooManyAttemptsError);
    // Sara's own tablet, behind the same address, is not held up by the laptop's typos.
    await expect(
      resumeWithPin({ code, displayName: "Sara", pin: s.pin, deviceId: TABLET, address: ADDRESS }),
    ).resolves.toMatchObject({ studentId: s.studentId });
  });

  it("a removed student can no longer resume, and loses access everywhere", async () => {
    const s = await join("Sara", PHONE);
    await resumeWithPin({ code, displayName: "Sara", pin: s.pin, deviceId: LAPTOP, address: ADDRESS });
    await removeStudent({ teacherId: TEACHER, classId, studentId: s.studentId });
    expect(await studentIdsForDevice(PHONE)).toEqual([]);
    expect(await studentIdsForDevice(LAPTOP)).toEqual([]);
    await expect(
      resumeWithPin({ code, displayName: "Sara", pin: s.pin, deviceId: TABLET, address: ADDRESS }),
    ).rejects.toMatchObject({ code: "pinWrong" });
  });
});

describe("a removed student rejoining (issue 8, Low)", () => {
  it("cannot walk back in with the same code and device until the teacher lets them back in, as the same student", async () => {
    const s = await join("Sara", PHONE);
    await removeStudent({ teacherId: TEACHER, classId, studentId: s.studentId });
    // Was: a new "Sara (2)" at once. Now refused, under any name, and no student is made.
    await expect(join("Sara", PHONE)).rejects.toMatchObject({ status: 403, code: "removedFromClass" });
    await expect(join("Someone Else", PHONE)).rejects.toMatchObject({ code: "removedFromClass" });
    expect(await db.student.count({ where: { classId } })).toBe(1);
    // A classmate on another device is not affected.
    expect((await join("Omar", LAPTOP)).isNew).toBe(true);
    // Another teacher cannot let them back in; theirs can, and they are the same student with the same PIN.
    await expect(readmitStudent({ teacherId: "someone-else", classId, studentId: s.studentId })).rejects.toMatchObject({
      code: "not_found",
    });
    await readmitStudent({ teacherId: TEACHER, classId, studentId: s.studentId });
    expect(await join("Sara", PHONE)).toMatchObject({ studentId: s.studentId, pin: s.pin, isNew: false });
  });
});

describe("the join link", () => {
  it("is an absolute /join/<CODE> address on the request's origin", () => {
    expect(joinUrl("https://school.example", "ABC234")).toBe("https://school.example/join/ABC234");
    expect(joinUrl("http://localhost:3000", "ABC234")).toBe("http://localhost:3000/join/ABC234");
  });

  it("tells a device already in the class so, and nobody else anything", async () => {
    expect(await findDeviceMembership({ deviceId: PHONE, code })).toBeNull();
    const s = await join("Sara", PHONE);
    expect(await findDeviceMembership({ deviceId: PHONE, code: code.toLowerCase() })).toEqual({
      studentId: s.studentId,
      displayName: "Sara",
      className: "7A",
    });
    expect(await findDeviceMembership({ deviceId: LAPTOP, code })).toBeNull();
    expect(await findDeviceMembership({ deviceId: null, code })).toBeNull();
    await removeStudent({ teacherId: TEACHER, classId, studentId: s.studentId });
    expect(await findDeviceMembership({ deviceId: PHONE, code })).toBeNull();
  });
});
