// Review progress (issue 11): streak, cards due per day for 30 days, retention over 30 days, per-article mastery.
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DueChart } from "@/components/review/due-chart";
import { getDeviceId } from "@/lib/device";
import { dirOf } from "@/lib/i18n/config";
import { reviewNow } from "@/lib/review/clock";
import { getReviewProgress } from "@/lib/review/get-review-progress";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("spaced.progress"))("title") };
}

export default async function ReviewProgressPage() {
  const t = await getTranslations("spaced.progress");
  const format = await getFormatter();
  const p = await getReviewProgress({ deviceId: await getDeviceId(), now: reviewNow() });
  const pct = (x: number) => format.number(x, { style: "percent", maximumFractionDigits: 0 });
  return (
    <div className="stack">
      <p>
        <Link prefetch={false} href="/review">
          {t("back")}
        </Link>
      </p>
      <h1>{t("title")}</h1>
      {p.cards === 0 ? (
        <p className="card" data-testid="progress-empty">
          {t("empty")}
        </p>
      ) : (
        <>
          <dl className="stat-grid">
            <div className="card">
              <dt>{t("streak")}</dt>
              <dd data-testid="streak">{t("streakDays", { count: p.streak })}</dd>
            </div>
            <div className="card">
              <dt>{t("retention")}</dt>
              <dd data-testid="retention">
                {p.retention.reviews === 0 ? (
                  t("noReviews")
                ) : (
                  <>
                    {t("retentionValue", { percent: pct(p.retention.correct / p.retention.reviews) })}{" "}
                    <span className="hint">{t("retentionOf", { count: p.retention.reviews })}</span>
                  </>
                )}
              </dd>
            </div>
            <div className="card">
              <dt>{t("cards")}</dt>
              <dd>{format.number(p.cards)}</dd>
            </div>
          </dl>
          <section className="card stack" aria-labelledby="due-heading">
            <h2 id="due-heading" style={{ margin: 0 }}>
              {t("dueTitle")}
            </h2>
            <DueChart days={p.forecast} />
          </section>
          <section className="card stack" aria-labelledby="mastery-heading">
            <h2 id="mastery-heading" style={{ margin: 0 }}>
              {t("masteryTitle")}
            </h2>
            <p className="hint">{t("masteryHint")}</p>
            <ul className="mastery-list" data-testid="mastery">
              {p.articles.map((a) => (
                <li key={a.id} className="stack" style={{ gap: 4 }}>
                  <div className="row" style={{ justifyContent: "space-between" }}>
                    <Link prefetch={false} href={`/articles/${a.id}`} lang={a.language} dir={dirOf(a.language)}>
                      {a.title}
                    </Link>
                    <span>{t("mastered", { mastered: a.mastered, cards: a.cards, percent: pct(a.mastery) })}</span>
                  </div>
                  <div
                    className="progress"
                    role="progressbar"
                    aria-label={a.title}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={Math.round(a.mastery * 100)}
                  >
                    <span style={{ width: `${a.mastery * 100}%` }} />
                  </div>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
