import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NewQuizForm } from "@/components/teacher/quizzes/new-quiz-form";
import { requireTeacherPage } from "@/lib/authz";
import { orNotFound } from "@/lib/errors";
import { dirOf } from "@/lib/i18n/config";
import { getQuizArticle } from "@/lib/quizzes/get-quiz-article";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quizzes"))("new.title") };
}

type Props = { searchParams: Promise<{ articleId?: string | string[] }> };

export default async function NewQuizPage({ searchParams }: Props) {
  const raw = (await searchParams).articleId;
  const articleId = Array.isArray(raw) ? raw[0] : raw;
  const teacher = await requireTeacherPage(
    `/teacher/quizzes/new${articleId ? `?articleId=${encodeURIComponent(articleId)}` : ""}`,
  );
  if (!articleId) redirect("/teacher/quizzes");
  const t = await getTranslations("quizzes");
  const article = await orNotFound(getQuizArticle({ teacherId: teacher.id, articleId }));

  return (
    <ClientMessages namespaces={["article.type", "quizzes"]}>
      <div className="stack">
        <p>
          <Link prefetch={false} href="/teacher/quizzes">
            {t("new.back")}
          </Link>
        </p>
        <h1>{t("new.title")}</h1>
        <p className="muted">
          {t.rich("new.fromArticle", {
            title: article.title,
            name: (chunks) => (
              <bdi lang={article.language} dir={dirOf(article.language)}>
                {chunks}
              </bdi>
            ),
          })}
        </p>
        {article.questions.length === 0 ? (
          <p className="alert alert-info" role="status">
            {t("new.noApproved")}{" "}
            <Link prefetch={false} href={`/teacher/articles/${article.id}`}>
              {t("new.reviewLink")}
            </Link>
          </p>
        ) : (
          <NewQuizForm
            article={{ id: article.id, title: article.title, language: article.language }}
            questions={article.questions.map((q) => ({ id: q.id, type: q.type, prompt: q.prompt }))}
          />
        )}
      </div>
    </ClientMessages>
  );
}
