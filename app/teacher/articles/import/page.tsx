import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportPanel } from "@/components/teacher/interop/import-panel";
import { requireTeacherPage } from "@/lib/authz";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("interop"))("importPageTitle") };
}

/** Importing a file into the whole bank: each question goes to the article holding its evidence, or a question set. */
export default async function ImportQuestionsPage() {
  await requireTeacherPage("/teacher/articles/import");
  const [t, tReview] = await Promise.all([getTranslations("interop"), getTranslations("review")]);
  return (
    <ClientMessages namespaces={["article.type", "interop", "review.errors"]}>
      <div className="stack">
        <p>
          <Link prefetch={false} href="/teacher/articles">
            {tReview("backToArticles")}
          </Link>
        </p>
        <h1>{t("importPageTitle")}</h1>
        <p className="muted">{t("importPageIntro")}</p>
        <ImportPanel target={{ kind: "bank" }} isOpen />
      </div>
    </ClientMessages>
  );
}
