import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireTeacherPage } from "@/lib/authz";
import { listTeacherArticles } from "@/lib/bank/teacher-articles";
import { dirOf } from "@/lib/i18n/config";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("articlesTitle") };
}

type Props = { searchParams: Promise<{ done?: string | string[] }> };

export default async function TeacherArticlesPage({ searchParams }: Props) {
  const teacher = await requireTeacherPage("/teacher/articles");
  const done = (await searchParams).done;
  const [articles, t, tInterop, format] = await Promise.all([
    listTeacherArticles({ teacherId: teacher.id }),
    getTranslations("review"),
    getTranslations("interop"),
    getFormatter(),
  ]);
  return (
    <div className="stack">
      <div className="row">
        <h1 style={{ margin: 0 }}>{t("articlesTitle")}</h1>
        <span className="spacer" />
        <Link prefetch={false} href="/teacher/articles/import" className="button button-secondary">
          {tInterop("importPageLink")}
        </Link>
        <Link href="/teacher/articles/new" className="button">
          {t("newArticle")}
        </Link>
      </div>
      {(Array.isArray(done) ? done[0] : done) === "deleted" && (
        <p className="alert alert-good" role="status">
          {t("articleDeleted")}
        </p>
      )}
      <p className="muted">{t("articlesIntro")}</p>
      {articles.length === 0 ? (
        <div className="card stack" data-testid="articles-empty">
          <p>{t("articlesEmpty")}</p>
          <p>
            <Link prefetch={false} href="/teacher/articles/new" className="button button-secondary">
              {t("articlesEmptyAction")}
            </Link>
          </p>
        </div>
      ) : (
        <table className="table card" data-testid="teacher-articles">
          <thead>
            <tr>
              <th scope="col">{t("colTitle")}</th>
              <th scope="col">{t("colQuestions")}</th>
              <th scope="col">{t("colAdded")}</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link prefetch={false} href={`/teacher/articles/${a.id}`} lang={a.language} dir={dirOf(a.language)}>
                    {a.title}
                  </Link>
                  {a.kind === "set" && (
                    <>
                      {" "}
                      <span className="badge" data-testid="set-badge">
                        {tInterop("setBadge")}
                      </span>
                    </>
                  )}
                </td>
                <td>
                  <span className="badge status-badge status-approved">
                    {t("approvedCount", { count: a.approved })}
                  </span>{" "}
                  <span className="badge status-badge status-draft">{t("draftCount", { count: a.draft })}</span>
                </td>
                <td>{format.dateTime(a.createdAt, { dateStyle: "medium" })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
