// Is this device already in the class behind a code? Lets /join/<code> say "you are already in" instead of asking
// again. It answers only for a class the device is in, so it tells a stranger nothing about other codes.
import "server-only";
import { normaliseJoinCode } from "@/lib/classes/join-code";
import { db } from "@/lib/db";

export async function findDeviceMembership({ deviceId, code }: { deviceId: string | null; code: string }) {
  if (!deviceId) return null;
  const student = await db.student.findFirst({
    where: {
      removedAt: null,
      devices: { some: { deviceId } },
      class: { joinCode: normaliseJoinCode(code), deletedAt: null },
    },
    select: { id: true, displayName: true, class: { select: { name: true } } },
  });
  return student ? { studentId: student.id, displayName: student.displayName, className: student.class.name } : null;
}
