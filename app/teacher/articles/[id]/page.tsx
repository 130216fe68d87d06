import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterBar } from "@/components/teacher/review/filter-bar";
import { ReviewScreen } from "@/components/teacher/review/review-screen";
import { splitArticleSentences } from "@/lib/bank/article-sentences";
import { findCurrentVersion } from "@/lib/bank/list-questions";
import { BankFilterSchema } from "@/lib/validation/question";
import { getTeacherArticle } from "@/lib/bank/teacher-articles";
import { getTeacher, requireTeacherPage } from "@/lib/authz";
import { orNotFound } from "@/lib/errors";
import { CardReports } from "@/components/review/card-reports";
import { listCardReports } from "@/lib/review/list-card-reports";
import { dirOf } from "@/lib/i18n/config";
import { firstParam } from "@/lib/http/search-params";
import { deleteTeacherArticleAction } from "@/app/teacher/articles/actions";
import { ConfirmSubmit } from "@/components/classes/confirm-submit";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ErrorAlert } from "@/components/ui/error-alert";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{
    type?: string | string[];
    status?: string | string[];
    question?: string | string[];
    error?: string | string[];
  }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const teacher = await getTeacher();
  if (!teacher) return {};
  // Not-found is the page's job: throwing here would be streamed after a 200 status.
  const article = await getTeacherArticle({ teacherId: teacher.id, articleId: (await params).id }).catch(() => null);
  return article ? { title: article.title } : {};
}

export default async function ReviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const sp = await searchParams;
  const questionParam = firstParam(sp.question);
  // Back here after signing in, on the same question (results pages link to ?question=<id>).
  const teacher = await requireTeacherPage(
    `/teacher/articles/${id}${questionParam ? `?question=${encodeURIComponent(questionParam)}` : ""}`,
  );
  const { type, status } = BankFilterSchema.parse({ type: firstParam(sp.type), status: firstParam(sp.status) });

  const article = await orNotFound(getTeacherArticle({ teacherId: teacher.id, articleId: id, type, status }));
  const focus =
    questionParam && status !== "archived"
      ? await orNotFound(findCurrentVersion({ teacherId: teacher.id, articleId: id, questionId: questionParam }))
      : null;
  const t = await getTranslations("review");
  const tArticle = await getTranslations("article");
  const tInterop = await getTranslations("interop");
  const isSet = article.kind === "set";
  const focusId = status === "archived" ? questionParam : focus?.id;
  const total = article.counts.approved + article.counts.draft;

  return (
    <ClientMessages namespaces={["article", "common", "interop", "quiz", "review"]}>
      <div className="stack">
        <p>
          <Link prefetch={false} href="/teacher/articles">
            {t("backToArticles")}
          </Link>
        </p>
        <h1 lang={article.language} dir={dirOf(article.language)}>
          {article.title}
        </h1>
        {isSet && (
          <p className="alert alert-info" role="note" data-testid="set-notice">
            <span className="badge">{tInterop("setBadge")}</span> {tInterop("setNotice")}
          </p>
        )}
        <p className="row">
          <span className="badge status-badge status-approved">
            {t("approvedCount", { count: article.counts.approved })}
          </span>
          <span className="badge status-badge status-draft">{t("draftCount", { count: article.counts.draft })}</span>
          {article.counts.archived > 0 && (
            <span className="badge status-badge status-archived">
              {t("archivedCount", { count: article.counts.archived })}
            </span>
          )}
        </p>
        {total > 0 && article.notice === "few_questions" && (
          <p className="muted" role="note">
            {tArticle("notice.few_questions", { count: total })}
          </p>
        )}
        {total === 0 && (
          <p className="alert alert-info" role="status">
            {article.notice && tArticle.has(`notice.${article.notice}`)
              ? tArticle(`notice.${article.notice}`)
              : t("emptyBank")}
          </p>
        )}
        {questionParam && status !== "archived" && !focus && (
          <p className="alert alert-info" role="status">
            {t("focusGone")}
          </p>
        )}
        {focus?.isReplaced && (
          <p className="alert alert-info" role="status">
            {t("focusReplaced")}
          </p>
        )}
        {firstParam(sp.error) && (
          <ErrorAlert testId="article-error">
            {t.has(`deleteErrors.${firstParam(sp.error)}`)
              ? t(`deleteErrors.${firstParam(sp.error)}`)
              : t("deleteErrors.unknown")}
          </ErrorAlert>
        )}
        <CardReports
          articleId={article.id}
          language={article.language}
          reports={await listCardReports({ articleId: article.id, ownerId: teacher.id })}
        />
        <FilterBar action={`/teacher/articles/${article.id}`} type={type} status={status} focus={questionParam} />
        {(type || status) && (
          <p className="hint">
            {t("filtered", { count: article.questions.length })}{" "}
            <Link prefetch={false} href={`/teacher/articles/${article.id}`}>
              {t("clearFilters")}
            </Link>
          </p>
        )}
        <ReviewScreen
          articleId={article.id}
          kind={article.kind}
          body={article.body}
          language={article.language}
          questions={article.questions}
          sentences={isSet ? [] : splitArticleSentences(article.body, article.language)}
          focusId={focusId}
          draftCount={article.counts.draft}
        />
        <section aria-labelledby="delete-article-heading" className="stack">
          <h2 id="delete-article-heading">{t("deleteArticle.heading")}</h2>
          <p className="hint">{t("deleteArticle.hint")}</p>
          <form action={deleteTeacherArticleAction}>
            <input type="hidden" name="articleId" value={article.id} />
            <ConfirmSubmit
              label={t("deleteArticle.button")}
              question={t("deleteArticle.question")}
              confirmLabel={t("deleteArticle.confirm")}
              cancelLabel={t("cancel")}
              workingLabel={t("deleteArticle.working")}
            />
          </form>
        </section>
      </div>
    </ClientMessages>
  );
}
