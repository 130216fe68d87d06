"use client";
// The two student forms of /join: "Join" (code + name) and "I already joined" (code + name + PIN). Checked with the
// same rules as the server's schemas first (lib/validation/join-fields.ts, without zod: missing or over-long fields never
// reach the server), then sent to a server action, which validates with the zod schemas.
import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { joinClassAction, resumeWithPinAction, type JoinField, type JoinFormState } from "@/app/join/actions";
import { DISPLAY_NAME_MAX, joinFieldErrors, PIN_LENGTH } from "@/lib/validation/join-fields";

type Mode = "join" | "resume";
type Errors = Partial<Record<JoinField, string>>;

export function JoinForm({ mode, code = "" }: { mode: Mode; code?: string }) {
  const t = useTranslations("student");
  const isResume = mode === "resume";
  const [state, action, isPending] = useActionState<JoinFormState, FormData>(
    isResume ? resumeWithPinAction : joinClassAction,
    { values: { code, displayName: "" } },
  );
  const [clientErrors, setClientErrors] = useState<Errors | null>(null);
  const base = useId();
  const ids = { code: `${base}-code`, displayName: `${base}-name`, pin: `${base}-pin` };

  const serverErrors: Errors = state.error ? { [state.error.field]: state.error.key } : {};
  const errors = clientErrors ?? serverErrors;
  const message = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.unknown"));

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    const next: Errors = joinFieldErrors(Object.fromEntries(new FormData(e.currentTarget)), isResume);
    if (Object.keys(next).length === 0) {
      setClientErrors(null);
      return;
    }
    e.preventDefault();
    setClientErrors(next);
  }

  const describedBy = (field: JoinField, hint: boolean) =>
    [
      hint ? `${ids[field as keyof typeof ids]}-hint` : "",
      errors[field] ? `${ids[field as keyof typeof ids]}-error` : "",
    ]
      .join(" ")
      .trim() || undefined;

  const fieldError = (field: "code" | "displayName" | "pin") =>
    errors[field] && (
      <p className="alert alert-error" role="alert" id={`${ids[field]}-error`}>
        {message(errors[field]!)}
      </p>
    );

  return (
    <form className="card stack" action={action} onSubmit={onSubmit} noValidate aria-busy={isPending}>
      {errors.form && (
        <p className="alert alert-error" role="alert">
          {message(errors.form)}
        </p>
      )}
      <div className="field">
        <label htmlFor={ids.code}>{t("join.codeLabel")}</label>
        <input
          id={ids.code}
          type="text"
          name="code"
          dir="ltr"
          className="code-input"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          defaultValue={state.values?.code ?? code}
          aria-invalid={errors.code ? true : undefined}
          aria-describedby={describedBy("code", true)}
        />
        <p className="hint" id={`${ids.code}-hint`}>
          {t("join.codeHint")}
        </p>
        {fieldError("code")}
      </div>
      <div className="field">
        <label htmlFor={ids.displayName}>{t("join.nameLabel")}</label>
        <input
          id={ids.displayName}
          type="text"
          name="displayName"
          dir="auto"
          autoComplete={isResume ? "off" : "given-name"}
          maxLength={DISPLAY_NAME_MAX + 20}
          defaultValue={state.values?.displayName ?? ""}
          aria-invalid={errors.displayName ? true : undefined}
          aria-describedby={describedBy("displayName", true)}
        />
        <p className="hint" id={`${ids.displayName}-hint`}>
          {t("join.nameHint")}
        </p>
        {fieldError("displayName")}
      </div>
      {isResume && (
        <div className="field">
          <label htmlFor={ids.pin}>{t("join.pinLabel")}</label>
          <input
            id={ids.pin}
            type="text"
            name="pin"
            dir="ltr"
            inputMode="numeric"
            pattern="[0-9]*"
            autoComplete="off"
            maxLength={PIN_LENGTH + 4}
            className="pin-input"
            aria-invalid={errors.pin ? true : undefined}
            aria-describedby={describedBy("pin", true)}
          />
          <p className="hint" id={`${ids.pin}-hint`}>
            {t("join.pinHint")}
          </p>
          {fieldError("pin")}
        </div>
      )}
      <div>
        <button type="submit" className={isResume ? "button button-secondary" : "button"} disabled={isPending}>
          {isPending && <span className="spinner" aria-hidden="true" />}
          {isPending
            ? t(isResume ? "join.resumeSubmitting" : "join.submitting")
            : t(isResume ? "join.resumeSubmit" : "join.submit")}
        </button>
      </div>
    </form>
  );
}
