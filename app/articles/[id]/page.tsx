import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { deleteArticle, startPractice } from "@/app/actions";
import { ArticleView } from "@/components/article/article-view";
import { DeleteArticleButton } from "@/components/article/delete-article-button";
import { getArticle } from "@/lib/articles/get-article";
import { listAttempts } from "@/lib/attempts/attempts";
import { getDeviceId } from "@/lib/device";
import { orNotFound } from "@/lib/errors";
import { dirOf } from "@/lib/i18n/config";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PreloadArabicFont } from "@/components/ui/preload-arabic-font";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  return orNotFound(getArticle(id, { deviceId: await getDeviceId() }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Not-found is the page's job: throwing here would be streamed after a 200 status.
  const article = await getArticle((await params).id, { deviceId: await getDeviceId() }).catch(() => null);
  return article ? { title: article.title } : {};
}

export default async function ArticlePage({ params }: Props) {
  const { id } = await params;
  const [article, t, format] = await Promise.all([load(id), getTranslations("article"), getFormatter()]);
  const attempts = await listAttempts({ articleId: id, deviceId: await getDeviceId() });
  const open = attempts.find((a) => !a.finishedAt);
  const hasQuestions = article.questions.length > 0;

  return (
    <ClientMessages namespaces={["article", "quiz"]}>
      {article.language === "ar" && <PreloadArabicFont /> /* its title is the first paint's largest text */}
      <div className="stack">
        <h1 lang={article.language} dir={dirOf(article.language)}>
          {article.title}
        </h1>
        {hasQuestions && article.notice === "few_questions" && (
          <p className="muted" role="note">
            {t("notice.few_questions", { count: article.questions.length })}
          </p>
        )}
        {hasQuestions ? (
          <div className="row">
            <form action={startPractice}>
              <input type="hidden" name="articleId" value={article.id} />
              <input type="hidden" name="fresh" value="0" />
              <button type="submit" className="button">
                {open ? t("resume", { answered: open.answeredCount, total: open.total }) : t("practise")}
              </button>
            </form>
            {open && (
              <form action={startPractice}>
                <input type="hidden" name="articleId" value={article.id} />
                <input type="hidden" name="fresh" value="1" />
                <button type="submit" className="button button-secondary">
                  {t("practiseAgain")}
                </button>
              </form>
            )}
          </div>
        ) : (
          <p className="alert alert-info" role="status">
            {article.notice && t.has(`notice.${article.notice}`) ? t(`notice.${article.notice}`) : t("noQuestions")}
          </p>
        )}
        {article.isMine && (
          <div className="row">
            <p className="hint">{t("onlyYou")}</p>
            <DeleteArticleButton
              articleId={article.id}
              action={deleteArticle}
              labels={{
                delete: t("delete"),
                confirm: t("deleteConfirm"),
                yes: t("deleteYes"),
                cancel: t("deleteCancel"),
              }}
            />
          </div>
        )}
        <ArticleView body={article.body} language={article.language} questions={article.questions} />
        <section aria-labelledby="attempts-heading">
          <h2 id="attempts-heading">{t("attempts")}</h2>
          {attempts.length === 0 ? (
            <p className="muted">{t("noAttempts")}</p>
          ) : (
            <table className="table card" data-testid="attempts">
              <tbody>
                {attempts.map((a) => (
                  <tr key={a.id}>
                    <td>{format.dateTime(a.startedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                    <td>
                      {a.finishedAt
                        ? t("attemptRow", { score: a.score, total: a.total })
                        : t("inProgress", { answered: a.answeredCount, total: a.total })}
                    </td>
                    <td>
                      <Link prefetch={false} href={`/attempts/${a.id}`}>
                        {t("open")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
