import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JoinLiveForm } from "@/components/live/join-live-form";
import { getDeviceId } from "@/lib/device";
import { studentsOnDevice } from "@/lib/live/play-game";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("live"))("join.title") };
}

export default async function PlayPage({ searchParams }: { searchParams: Promise<{ pin?: string | string[] }> }) {
  const t = await getTranslations("live");
  const [pin, students] = await Promise.all([
    searchParams.then((q) => q.pin),
    getDeviceId().then((deviceId) => studentsOnDevice(deviceId)),
  ]);
  return (
    <ClientMessages namespaces={["live"]}>
      <div className="narrow stack">
        <h1>{t("join.title")}</h1>
        <p className="muted">{students.length > 0 ? t("join.introStudent") : t("join.intro")}</p>
        <JoinLiveForm initialPin={typeof pin === "string" && /^\d{6}$/.test(pin) ? pin : ""} students={students} />
      </div>
    </ClientMessages>
  );
}
