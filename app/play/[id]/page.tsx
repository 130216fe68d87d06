import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PlayerScreen } from "@/components/live/player-screen";
import { getDeviceId } from "@/lib/device";
import { AppError } from "@/lib/errors";
import { playerView, requirePlayer } from "@/lib/live/play-game";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ErrorAlert } from "@/components/ui/error-alert";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("live"))("join.title") };
}

export default async function PlayGamePage({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("live");
  const found = await requirePlayer((await params).id, await getDeviceId()).catch((err: unknown) => {
    if (err instanceof AppError && err.status < 500) return err;
    throw err;
  });
  if (found instanceof AppError) {
    return (
      <ClientMessages namespaces={["live", "quiz"]}>
        <div className="narrow stack">
          <ErrorAlert>{found.status === 403 ? t("play.removed") : t("play.notJoined")}</ErrorAlert>
          <Link className="button" href="/play">
            {t("play.joinAnother")}
          </Link>
        </div>
      </ClientMessages>
    );
  }
  return (
    <ClientMessages namespaces={["live", "quiz"]}>
      <PlayerScreen initial={playerView(found.game, found.player)} />
    </ClientMessages>
  );
}
