import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HostScreen } from "@/components/live/host-screen";
import { requireTeacherPage } from "@/lib/authz";
import { requestOrigin, joinQrSvg } from "@/lib/classes/join-link";
import { orNotFound } from "@/lib/errors";
import { getHostGame, hostView } from "@/lib/live/host-game";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("live"))("host.title") };
}

export default async function LiveHostPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await requireTeacherPage(`/teacher/live/${id}`);
  const game = await orNotFound(getHostGame({ teacherId: teacher.id, gameId: id }));
  const joinUrl = new URL(`/play?pin=${game.pin}`, await requestOrigin()).toString();
  return (
    <ClientMessages namespaces={["live"]}>
      <HostScreen initial={hostView(game)} joinUrl={joinUrl} qrSvg={await joinQrSvg(joinUrl)} />
    </ClientMessages>
  );
}
