import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { firstParam } from "@/lib/http/search-params";
import { ReviewSummary } from "@/components/teacher/quizzes/review-summary";
import { requireTeacherPage } from "@/lib/authz";
import { dirOf } from "@/lib/i18n/config";
import { listQuizArticles, listQuizzes } from "@/lib/quizzes/list-quizzes";
import { ErrorAlert } from "@/components/ui/error-alert";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quizzes"))("list.title") };
}

export default async function QuizzesPage({
  searchParams,
}: {
  searchParams: Promise<{ done?: string | string[]; error?: string | string[] }>;
}) {
  const query = await searchParams;
  const done = firstParam(query.done);
  // ?error= after a duplicate or delete that could not happen (another teacher's quiz, a stale page, no form).
  const failed = Boolean(firstParam(query.error));
  const teacher = await requireTeacherPage("/teacher/quizzes");
  const [t, tInterop, quizzes, articles] = await Promise.all([
    getTranslations("quizzes"),
    getTranslations("interop"),
    listQuizzes({ teacherId: teacher.id }),
    listQuizArticles({ teacherId: teacher.id }),
  ]);

  return (
    <div className="stack">
      <h1>{t("list.title")}</h1>
      <p className="muted">{t("list.intro")}</p>
      {failed && <ErrorAlert>{t("list.actionFailed")}</ErrorAlert>}
      {done === "deleted" && (
        <p className="alert alert-good" role="status">
          {t("list.deleted")}
        </p>
      )}

      <section aria-labelledby="new-quiz-heading" className="card stack">
        <h2 id="new-quiz-heading" style={{ marginTop: 0 }}>
          {t("list.newHeading")}
        </h2>
        {articles.length === 0 ? (
          <p className="muted">
            {t("list.noArticles")}{" "}
            <Link prefetch={false} href="/teacher/articles/new">
              {t("list.addArticle")}
            </Link>
          </p>
        ) : (
          // A plain GET form: works without JavaScript and lands on /teacher/quizzes/new?articleId=…
          <form action="/teacher/quizzes/new" method="get" className="row">
            <div className="field" style={{ flex: "1 1 20rem" }}>
              <label htmlFor="new-quiz-article">{t("list.articleLabel")}</label>
              <select id="new-quiz-article" name="articleId" required defaultValue="">
                <option value="" disabled>
                  {t("list.chooseArticle")}
                </option>
                {articles.map((a) => (
                  <option key={a.id} value={a.id} disabled={a.approved === 0}>
                    {`${a.title} (${a.kind === "set" ? `${tInterop("setBadge")}, ` : ""}${t("list.approvedCount", { count: a.approved })})`}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button" style={{ alignSelf: "end" }}>
              {t("list.start")}
            </button>
          </form>
        )}
      </section>

      <section aria-labelledby="quizzes-heading">
        <h2 id="quizzes-heading">{t("list.title")}</h2>
        {quizzes.length === 0 ? (
          <p className="muted">{t("list.empty")}</p>
        ) : (
          <ul className="article-list" data-testid="quizzes">
            {quizzes.map((q) => (
              <li key={q.id} className="card">
                <Link prefetch={false} href={`/teacher/quizzes/${q.id}`} dir="auto">
                  {q.title}
                </Link>
                <p className="hint">
                  {t.rich("list.fromArticle", {
                    title: q.article.title,
                    name: (chunks) => (
                      <bdi lang={q.article.language} dir={dirOf(q.article.language)}>
                        {chunks}
                      </bdi>
                    ),
                  })}{" "}
                  · {t("list.itemsCount", { count: q._count.items })} ·{" "}
                  {t("list.assignmentsCount", { count: q._count.assignments })}
                </p>
                <ReviewSummary quiz={q} />
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link prefetch={false} href="/teacher/assignments">
            {t("list.allAssignments")}
          </Link>
        </p>
      </section>
    </div>
  );
}
