import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewArticleForm } from "@/components/article/new-article-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newArticle"))("title") };
}

export default async function NewArticlePage() {
  const t = await getTranslations("newArticle");
  return (
    <ClientMessages namespaces={["newArticle"]}>
      <div className="stack">
        <h1>{t("title")}</h1>
        <p className="muted">{t("intro")}</p>
        <NewArticleForm />
      </div>
    </ClientMessages>
  );
}
