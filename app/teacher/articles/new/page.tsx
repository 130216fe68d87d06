import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NewArticleForm } from "@/components/article/new-article-form";
import { requireTeacherPage } from "@/lib/authz";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("newArticleTitle") };
}

export default async function NewTeacherArticlePage() {
  await requireTeacherPage("/teacher/articles/new");
  const t = await getTranslations("review");
  return (
    <ClientMessages namespaces={["newArticle"]}>
      <div className="stack">
        <p>
          <Link prefetch={false} href="/teacher/articles">
            {t("backToArticles")}
          </Link>
        </p>
        <h1>{t("newArticleTitle")}</h1>
        <p className="muted">{t("newArticleIntro")}</p>
        <NewArticleForm endpoint="/api/teacher/articles" redirectBase="/teacher/articles" />
      </div>
    </ClientMessages>
  );
}
