"use client";
// Sign-up and sign-in: checked with the shared zod schema, then sent through Better Auth's client to /api/auth.
// A sign-up never says an email is taken (issue 8): the auth route signs a new teacher in; if no session came back,
// the email already has an account with another password, and the form says how to go on without saying which.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { authClient } from "@/lib/auth-client";
import { SignInSchema, SignUpSchema } from "@/lib/validation/auth";
import { ErrorAlert } from "@/components/ui/error-alert";
import { BusyButton } from "@/components/ui/busy-button";

export type AuthMode = "sign-in" | "sign-up";
type Field = "name" | "email" | "password";

/** Better Auth's error codes → our messages. */
function messageKey(status: number, code: string | undefined): string {
  if (status === 429) return "tooManyAttempts";
  if (code === "INVALID_EMAIL_OR_PASSWORD" || code === "INVALID_PASSWORD" || code === "USER_NOT_FOUND")
    return "invalidCredentials";
  if (code === "PASSWORD_TOO_SHORT") return "passwordTooShort";
  if (code === "PASSWORD_TOO_LONG") return "passwordTooLong";
  if (code === "INVALID_EMAIL") return "emailInvalid";
  return "unknown";
}

export function AuthForm({ mode, next }: { mode: AuthMode; next: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const ids = { name: useId(), email: useId(), password: useId(), hint: useId() };
  const [values, setValues] = useState({ name: "", email: "", password: "" });
  const [errors, setErrors] = useState<Partial<Record<Field | "form", string>>>({});
  const [isNotSignedIn, setIsNotSignedIn] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const isSignUp = mode === "sign-up";

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = isSignUp ? SignUpSchema.safeParse(values) : SignInSchema.safeParse(values);
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as Field] ??= t(`errors.${issue.message}`);
      setErrors(next);
      return;
    }
    setErrors({});
    setIsNotSignedIn(false);
    setIsBusy(true);
    try {
      const { error } = isSignUp
        ? await authClient.signUp.email({ name: values.name.trim(), email: values.email, password: values.password })
        : await authClient.signIn.email({ email: values.email, password: values.password });
      if (error) {
        setErrors({ form: t(`errors.${messageKey(error.status, error.code)}`) });
        setIsBusy(false);
        return;
      }
      if (isSignUp && !(await authClient.getSession()).data) {
        setIsNotSignedIn(true);
        setIsBusy(false);
        return;
      }
      router.replace(next);
      router.refresh();
    } catch {
      setErrors({ form: t("errors.network") });
      setIsBusy(false);
    }
  }

  const field = (name: Field, type: string, autoComplete: string, hint?: string) => (
    <div className="field">
      <label htmlFor={ids[name]}>{t(name)}</label>
      <input
        id={ids[name]}
        type={type}
        name={name}
        autoComplete={autoComplete}
        value={values[name]}
        onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={
          [hint ? ids.hint : "", errors[name] ? `${ids[name]}-error` : ""].join(" ").trim() || undefined
        }
        dir={type === "email" || type === "password" ? "ltr" : "auto"}
      />
      {hint && (
        <p className="hint" id={ids.hint}>
          {hint}
        </p>
      )}
      <ErrorAlert id={`${ids[name]}-error`}>{errors[name]}</ErrorAlert>
    </div>
  );

  return (
    // method="post": submitted before the script has loaded (slow network), the browser must not put the password
    // in the address (history, server logs); the page just comes back and the form works once hydrated.
    <form
      className="card stack"
      method="post"
      onSubmit={onSubmit}
      noValidate
      aria-busy={isBusy}
      style={{ maxWidth: 460 }}
    >
      <ErrorAlert>{errors.form}</ErrorAlert>
      {isNotSignedIn && (
        <ErrorAlert>
          {t.rich("errors.signUpNotSignedIn", {
            link: (chunks) => (
              <Link prefetch={false} href={`/sign-in?next=${encodeURIComponent(next)}`}>
                {chunks}
              </Link>
            ),
          })}
        </ErrorAlert>
      )}
      {isSignUp && field("name", "text", "name")}
      {field("email", "email", "email")}
      {field(
        "password",
        "password",
        isSignUp ? "new-password" : "current-password",
        isSignUp ? t("passwordHint") : undefined,
      )}
      <BusyButton
        isBusy={isBusy}
        label={t(isSignUp ? "signUp" : "signIn")}
        busyLabel={t(isSignUp ? "signingUp" : "signingIn")}
      />
      <p className="hint">
        <Link prefetch={false} href={`${isSignUp ? "/sign-in" : "/sign-up"}?next=${encodeURIComponent(next)}`}>
          {t(isSignUp ? "haveAccount" : "noAccount")}
        </Link>
      </p>
      <p className="hint">
        <Link prefetch={false} href="/join">
          {t("studentHint")}
        </Link>
      </p>
    </form>
  );
}
