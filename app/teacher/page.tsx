import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireTeacherPage } from "@/lib/authz";
import { getDashboardCounts } from "@/lib/teacher-dashboard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teacher"))("title") };
}

export default async function TeacherDashboard() {
  const teacher = await requireTeacherPage("/teacher");
  const [t, counts] = await Promise.all([getTranslations("teacher"), getDashboardCounts({ teacherId: teacher.id })]);
  const cards = [
    {
      href: "/teacher/articles",
      label: t("nav.articles"),
      count: t("articles", { count: counts.articles }),
      action: { href: "/teacher/articles/new", label: t("newArticle") },
    },
    {
      href: "/teacher/quizzes",
      label: t("nav.quizzes"),
      count: t("quizzes", { count: counts.quizzes }),
      action: { href: "/teacher/quizzes", label: t("newQuiz") },
    },
    {
      href: "/teacher/classes",
      label: t("nav.classes"),
      count: t("classes", { count: counts.classes }),
      action: { href: "/teacher/classes", label: t("newClass") },
    },
    {
      href: "/teacher/assignments",
      label: t("nav.assignments"),
      count: t("assignments", { count: counts.assignments }),
      action: null,
    },
  ];
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">
        {t("welcome", { name: teacher.name })} {t("steps")}
      </p>
      <ul className="dashboard-grid">
        {cards.map((c) => (
          <li key={c.href} className="card stack">
            <h2 style={{ margin: 0 }}>
              <Link prefetch={false} href={c.href}>
                {c.label}
              </Link>
            </h2>
            <p className="muted">{c.count}</p>
            {c.action && (
              <Link prefetch={false} className="button button-secondary button-small" href={c.action.href}>
                {c.action.label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
