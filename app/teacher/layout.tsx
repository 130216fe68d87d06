import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getTeacher } from "@/lib/authz";

export const dynamic = "force-dynamic";

// Each teacher page checks the session itself and redirects to sign-in with its own address (so a deep link, e.g.
// a "needs review" question, survives signing in); the layout only adds the teacher navigation.
export default async function TeacherLayout({ children }: { children: React.ReactNode }) {
  if (!(await getTeacher())) return children;
  const t = await getTranslations("teacher.nav");
  return (
    <div className="stack">
      <nav className="row teacher-nav" aria-label={t("label")}>
        <Link prefetch={false} href="/teacher">
          {t("dashboard")}
        </Link>
        <Link prefetch={false} href="/teacher/articles">
          {t("articles")}
        </Link>
        <Link prefetch={false} href="/teacher/quizzes">
          {t("quizzes")}
        </Link>
        <Link prefetch={false} href="/teacher/classes">
          {t("classes")}
        </Link>
        <Link prefetch={false} href="/teacher/assignments">
          {t("assignments")}
        </Link>
      </nav>
      {children}
    </div>
  );
}
