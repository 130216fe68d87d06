// /join/<CODE>: what the QR code opens. The code is prefilled; a device already in that class is told so.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JoinPage } from "@/components/student/join-page";
import { normaliseJoinCode } from "@/lib/classes/join-code";
import { getDeviceId } from "@/lib/device";
import { findDeviceMembership } from "@/lib/students/device-membership";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("student"))("join.title") };
}

export default async function JoinWithCode({ params }: { params: Promise<{ code: string }> }) {
  const raw = (await params).code;
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed escape: prefill it as typed, the form will say it is wrong.
  }
  const code = normaliseJoinCode(decoded).slice(0, 20);
  const membership = await findDeviceMembership({ deviceId: await getDeviceId(), code });
  return (
    <ClientMessages namespaces={["student"]}>
      <JoinPage code={code} membership={membership} />
    </ClientMessages>
  );
}
