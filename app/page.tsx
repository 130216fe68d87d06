import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { listArticles } from "@/lib/articles/get-article";
import { getDeviceId } from "@/lib/device";
import { dirOf } from "@/lib/i18n/config";
import { ErrorAlert } from "@/components/ui/error-alert";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ error?: string | string[] }> };

export default async function HomePage({ searchParams }: Props) {
  // ?error= after a practice start or a delete that could not happen (a stale link, another device's paste).
  const failed = Boolean((await searchParams).error);
  const [articles, t, format] = await Promise.all([
    getDeviceId().then((deviceId) => listArticles({ deviceId })),
    getTranslations("home"),
    getFormatter(),
  ]);
  return (
    <div className="stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>{t("title")}</h1>
        <Link className="button" href="/articles/new">
          {t("newArticle")}
        </Link>
      </div>
      {failed && <ErrorAlert>{t("actionFailed")}</ErrorAlert>}
      <p className="muted">{t("intro")}</p>
      {articles.length === 0 ? (
        <p className="card">{t("empty")}</p>
      ) : (
        <ul className="article-list">
          {articles.map((a) => (
            <li key={a.id} className="card">
              <Link prefetch={false} href={`/articles/${a.id}`} lang={a.language} dir={dirOf(a.language)}>
                {a.title}
              </Link>
              <div className="row hint">
                <span className="badge">{a.language === "ar" ? "العربية" : "English"}</span>
                <span>{t("questionsCount", { count: a._count.questions })}</span>
                <span>{t("added", { date: format.dateTime(a.createdAt, { dateStyle: "medium" }) })}</span>
                {a.isMine && <span className="badge">{t("onlyYou")}</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
