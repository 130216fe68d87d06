import { beforeEach, describe, expect, it } from "vitest";
import { createClass } from "@/lib/classes/create-class";
import { deleteClass } from "@/lib/classes/delete-class";
import { removeStudent } from "@/lib/classes/remove-student";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { studentIdsForDevice } from "@/lib/students/device-students";
import { disambiguateName, joinClass } from "@/lib/students/join-class";
import {
  JOIN_TRIES_PER_MINUTE,
  joinClientKey,
  joinRateLimiter,
  TooManyAttemptsError,
} from "@/lib/students/join-rate-limit";
import { resumeWithPin } from "@/lib/students/resume-with-pin";
import { findDeviceMembership } from "@/lib/students/device-membership";
import { joinUrl } from "@/lib/classes/join-link";

const TEACHER = "teacher-a";
const PHONE = "11111111-1111-4111-8111-111111111111";
const LAPTOP = "22222222-2222-4222-8222-222222222222";
const TABLET = "33333333-3333-4333-8333-333333333333";
const CLIENT = "ip:203.0.113.7";
let code: string;
let classId: string;

beforeEach(async () => {
  await joinRateLimiter.delete(CLIENT);
  await db.class.deleteMany();
  await db.user.deleteMany();
  await db.user.create({ data: { id: TEACHER, name: "Ana", email: "ana@example.com" } });
  const cls = await createClass({ teacherId: TEACHER, name: "7A" });
  code = cls.joinCode!;
  classId = cls.id;
});

const join = (displayName: unknown, deviceId = PHONE, c: unknown = code) =>
  joinClass({ code: c, displayName, deviceId, clientKey: CLIENT });

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

  it("tells apart students with the same name: Sara, Sara (2), Sara (3)", async () => {
    expect((await join("Sara", PHONE)).displayName).toBe("Sara");
    expect((await join(" sara ", LAPTOP)).displayName).toBe("sara (2)");
    expect((await join("ＳＡＲＡ", TABLET)).displayName).toBe("SARA (3)");
    expect(disambiguateName("Omar", ["Sara", "omar", "Omar (2)"])).toBe("Omar (3)");
    expect(disambiguateName("Omar", ["Sara"])).toBe("Omar");
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

  it("rate-limits a client after 10 wrong codes, even for the right code, while others still join", async () => {
    for (let i = 0; i < JOIN_TRIES_PER_MINUTE; i++) {
      await expect(join("Sara", PHONE, "ZZZZZZ")).rejects.toMatchObject({ code: "codeWrong" });
    }
    const blocked = await join("Sara").catch((e: unknown) => e);
    expect(blocked).toBeInstanceOf(TooManyAttemptsError);
    expect(blocked).toMatchObject({ status: 429, code: "tooManyAttempts" });
    // Another client is not affected; right codes never count.
    const other = await joinClass({ code, displayName: "Omar", deviceId: LAPTOP, clientKey: "ip:198.51.100.1" });
    expect(other.isNew).toBe(true);
    await joinRateLimiter.delete(CLIENT);
    for (let i = 0; i < 15; i++) await join("Sara");
  });

  it("keys the limit by the first forwarded address, else the device", () => {
    expect(joinClientKey({ forwardedFor: "203.0.113.7, 10.0.0.1", deviceId: PHONE })).toBe("ip:203.0.113.7");
    expect(joinClientKey({ forwardedFor: null, deviceId: PHONE })).toBe(`device:${PHONE}`);
    expect(joinClientKey({ forwardedFor: " ", deviceId: PHONE })).toBe(`device:${PHONE}`);
  });
});

describe("resuming with a PIN on another device", () => {
  it("links the new device to the student when name and PIN match", async () => {
    const s = await join("Sara", PHONE);
    const resumed = await resumeWithPin({ code, displayName: " sara ", pin: s.pin, deviceId: LAPTOP, clientKey: CLIENT });
    expect(resumed).toMatchObject({ studentId: s.studentId, displayName: "Sara", isNew: false });
    expect(await studentIdsForDevice(LAPTOP)).toEqual([s.studentId]);
    expect(await studentIdsForDevice(PHONE)).toEqual([s.studentId]);
    // Doing it twice is harmless.
    await resumeWithPin({ code, displayName: "Sara", pin: s.pin, deviceId: LAPTOP, clientKey: CLIENT });
    expect(await db.studentDevice.count({ where: { studentId: s.studentId } })).toBe(2);
  });

  it("refuses a wrong PIN or an unknown name with one message, and counts it towards the limit", async () => {
    const s = await join("Sara", PHONE);
    const wrong = s.pin === "0000" ? "0001" : "0000";
    await expect(
      resumeWithPin({ code, displayName: "Sara", pin: wrong, deviceId: LAPTOP, clientKey: CLIENT }),
    ).rejects.toMatchObject({ code: "pinWrong" });
    await expect(
      resumeWithPin({ code, displayName: "Nobody", pin: s.pin, deviceId: LAPTOP, clientKey: CLIENT }),
    ).rejects.toMatchObject({ code: "pinWrong" });
    await expect(
      resumeWithPin({ code, displayName: "Sara", pin: "12a4", deviceId: LAPTOP, clientKey: CLIENT }),
    ).rejects.toMatchObject({ code: "pinShape" });
    expect(await studentIdsForDevice(LAPTOP)).toEqual([]);
    for (let i = 2; i < JOIN_TRIES_PER_MINUTE; i++) {
      await resumeWithPin({ code, displayName: "Sara", pin: wrong, deviceId: LAPTOP, clientKey: CLIENT }).catch(() => null);
    }
    await expect(
      resumeWithPin({ code, displayName: "Sara", pin: s.pin, deviceId: LAPTOP, clientKey: CLIENT }),
    ).rejects.toBeInstanceOf(TooManyAttemptsError);
  });

  it("a removed student can no longer resume, and loses access everywhere", async () => {
    const s = await join("Sara", PHONE);
    await resumeWithPin({ code, displayName: "Sara", pin: s.pin, deviceId: LAPTOP, clientKey: CLIENT });
    await removeStudent({ teacherId: TEACHER, classId, studentId: s.studentId });
    expect(await studentIdsForDevice(PHONE)).toEqual([]);
    expect(await studentIdsForDevice(LAPTOP)).toEqual([]);
    await expect(
      resumeWithPin({ code, displayName: "Sara", pin: s.pin, deviceId: TABLET, clientKey: CLIENT }),
    ).rejects.toMatchObject({ code: "pinWrong" });
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
