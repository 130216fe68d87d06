import "./globals.css";
import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { PreloadArabicFont } from "@/components/ui/preload-arabic-font";
import { getTeacher } from "@/lib/authz";
import { getDeviceId } from "@/lib/device";
import { reviewNow } from "@/lib/review/clock";
import { countDueCards } from "@/lib/review/list-due-cards";
import { dirOf } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5c4d" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const teacher = await getTeacher();
  const dueCount = teacher ? 0 : await countDueCards({ deviceId: await getDeviceId(), now: reviewNow() });
  return (
    <html lang={locale} dir={dirOf(locale)}>
      <body>
        {locale === "ar" && <PreloadArabicFont />}
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <header className="site-header">
          <nav className="site-nav" aria-label={t("nav.main")}>
            <Link prefetch={false} href="/" className="brand">
              <span className="brand-mark" aria-hidden="true">
                ف
              </span>
              {t("appName")}
            </Link>
            <Link prefetch={false} href="/">
              {t("nav.articles")}
            </Link>
            {/* A signed-in teacher pastes into their own (private) bank, never publicly (issue 8, item 6). */}
            <Link prefetch={false} href={teacher ? "/teacher/articles/new" : "/articles/new"}>
              {t("nav.new")}
            </Link>
            {teacher ? (
              <Link prefetch={false} href="/teacher">
                {t("nav.teacher")}
              </Link>
            ) : (
              <Link prefetch={false} href="/my">
                {t("nav.myWork")}
              </Link>
            )}
            {!teacher && (
              <Link
                prefetch={false}
                href="/review"
                data-testid="nav-review"
                aria-label={dueCount > 0 ? t("nav.reviewDue", { count: dueCount }) : undefined}
              >
                {t("nav.review")}
                {dueCount > 0 && (
                  <span className="badge nav-count" aria-hidden="true" data-testid="due-badge">
                    {dueCount > 99 ? "99+" : dueCount}
                  </span>
                )}
              </Link>
            )}
            <span className="spacer" />
            {teacher ? (
              <>
                <span className="hint" title={teacher.email}>
                  {teacher.name}
                </span>
                <SignOutButton label={t("nav.signOut")} />
              </>
            ) : (
              <>
                <Link prefetch={false} href="/join">
                  {t("nav.join")}
                </Link>
                <Link prefetch={false} href="/sign-in">
                  {t("nav.signIn")}
                </Link>
              </>
            )}
            <LanguageSwitch locale={locale} label={t("switchTo")} ariaLabel={t("switchToLabel")} />
          </nav>
        </header>
        <main id="main" className="container">
          {/* Only app/error.tsx's strings for every page; each page adds the namespaces of its own client components. */}
          <ClientMessages namespaces={["errors"]}>{children}</ClientMessages>
        </main>
      </body>
    </html>
  );
}
