// Who reviews on this device: the anonymous device itself (its practice) and every student it acts as (assigned
// quizzes) — the identities the app already uses (lib/device.ts, lib/students/device-students.ts).
import "server-only";
import { studentIdsForDevice } from "@/lib/students/device-students";

export const deviceOwnerKey = (deviceId: string) => `d:${deviceId}`;
export const studentOwnerKey = (studentId: string) => `s:${studentId}`;

/** The owner keys of this device's cards; empty without a device cookie. */
export async function reviewOwnerKeys(deviceId: string | null): Promise<string[]> {
  if (!deviceId) return [];
  const students = await studentIdsForDevice(deviceId);
  return [deviceOwnerKey(deviceId), ...students.map(studentOwnerKey)];
}

/** Whose card an attempt's answers make: the student's for an assignment, else the device's. */
export function attemptOwner(a: { studentId: string | null; deviceId: string }) {
  return a.studentId
    ? { ownerKey: studentOwnerKey(a.studentId), studentId: a.studentId, deviceId: null }
    : { ownerKey: deviceOwnerKey(a.deviceId), studentId: null, deviceId: a.deviceId };
}
