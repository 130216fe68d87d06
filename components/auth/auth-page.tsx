// The sign-in and sign-up pages: one shell (a signed-in teacher goes straight on to `next`), the form in its mode.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthForm, type AuthMode } from "@/components/auth/auth-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTeacher } from "@/lib/authz";
import { safeNext } from "@/lib/validation/auth";

export interface AuthPageProps {
  searchParams: Promise<{ next?: string | string[] }>;
}

const KEYS = {
  "sign-in": { title: "signInTitle", intro: "signInIntro" },
  "sign-up": { title: "signUpTitle", intro: "signUpIntro" },
} as const;

export async function authMetadata(mode: AuthMode): Promise<Metadata> {
  return { title: (await getTranslations("auth"))(KEYS[mode].title) };
}

export async function AuthPage({ mode, searchParams }: AuthPageProps & { mode: AuthMode }) {
  const next = safeNext((await searchParams).next);
  if (await getTeacher()) redirect(next);
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={["auth"]}>
      <div className="stack">
        <h1>{t(KEYS[mode].title)}</h1>
        <p className="muted">{t(KEYS[mode].intro)}</p>
        <AuthForm mode={mode} next={next} />
      </div>
    </ClientMessages>
  );
}
