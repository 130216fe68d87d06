import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireTeacherPage } from "@/lib/authz";

export const dynamic = "force-dynamic";

// Every teacher page also checks the session itself (layouts do not re-run on client navigation).
export default async function TeacherLayout({ children }: { children: React.ReactNode }) {
  await requireTeacherPage("/teacher");
  const t = await getTranslations("teacher.nav");
  return (
    <div className="stack">
      <nav className="row teacher-nav" aria-label={t("label")}>
        <Link href="/teacher">{t("dashboard")}</Link>
        <Link href="/teacher/articles">{t("articles")}</Link>
        <Link href="/teacher/quizzes">{t("quizzes")}</Link>
        <Link href="/teacher/classes">{t("classes")}</Link>
        <Link href="/teacher/assignments">{t("assignments")}</Link>
      </nav>
      {children}
    </div>
  );
}
