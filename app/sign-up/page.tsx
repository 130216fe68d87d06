import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthForm } from "@/components/auth/auth-form";
import { getTeacher } from "@/lib/authz";
import { safeNext } from "@/lib/validation/auth";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeNext((await searchParams).next);
  if (await getTeacher()) redirect(next);
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={["auth"]}>
      <div className="stack">
        <h1>{t("signUpTitle")}</h1>
        <p className="muted">{t("signUpIntro")}</p>
        <AuthForm mode="sign-up" next={next} />
      </div>
    </ClientMessages>
  );
}
