// Which students act on this device: a device (httpOnly cookie) is linked to a student when they join a class or
// resume with their PIN. A removed student, or one whose class was deleted, no longer acts anywhere.
import "server-only";
import { db } from "@/lib/db";

export async function studentIdsForDevice(deviceId: string | null): Promise<string[]> {
  if (!deviceId) return [];
  const links = await db.studentDevice.findMany({
    where: { deviceId, student: { removedAt: null, class: { deletedAt: null } } },
    select: { studentId: true },
  });
  return links.map((l) => l.studentId);
}

export async function isStudentOnDevice(studentId: string, deviceId: string | null): Promise<boolean> {
  if (!deviceId) return false;
  const link = await db.studentDevice.findFirst({
    where: { studentId, deviceId, student: { removedAt: null, class: { deletedAt: null } } },
    select: { studentId: true },
  });
  return Boolean(link);
}
