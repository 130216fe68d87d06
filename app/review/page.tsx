// Review (issue 11): today's due cards from every article, one at a time, oldest-overdue first.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RetentionSetting } from "@/components/review/retention-setting";
import { ReviewPlayer } from "@/components/review/review-player";
import { ReviewProvider } from "@/components/review/review-provider";
import { getDeviceId } from "@/lib/device";
import { reviewNow } from "@/lib/review/clock";
import { syncReviewCards } from "@/lib/review/create-review-cards";
import { listDueCards } from "@/lib/review/list-due-cards";
import { getDesiredRetention } from "@/lib/review/review-settings";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("spaced"))("title") };
}

export default async function ReviewPage() {
  const t = await getTranslations("spaced");
  const deviceId = await getDeviceId();
  const now = reviewNow();
  // Keys that came out since (a due date passed, a last attempt was used) make their cards now.
  await syncReviewCards({ deviceId, now });
  const [cards, retention] = await Promise.all([listDueCards({ deviceId, now }), getDesiredRetention(deviceId)]);
  return (
    <ClientMessages namespaces={["quiz", "spaced"]}>
      <div className="stack narrow">
        <div className="row" style={{ justifyContent: "space-between" }}>
          <p className="muted" style={{ margin: 0 }}>
            {t("intro")}
          </p>
          <Link prefetch={false} href="/review/progress">
            {t("progressLink")}
          </Link>
        </div>
        <ReviewProvider cards={cards}>
          <ReviewPlayer />
        </ReviewProvider>
        {deviceId && <RetentionSetting initial={retention} />}
      </div>
    </ClientMessages>
  );
}
