"use client";
// The two student forms of /join: "Join" (code + name) and "I already joined" (code + name + PIN). Checked with the
// same rules as the server's schemas first (lib/validation/join-fields.ts, without zod: missing or over-long fields never
// reach the server), then sent to a server action, which validates with the zod schemas.
import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { joinClassAction, resumeWithPinAction, type JoinField, type JoinFormState } from "@/app/join/actions";
import { DISPLAY_NAME_MAX, joinFieldErrors, nameKey, PIN_LENGTH } from "@/lib/validation/join-fields";
import { ErrorAlert } from "@/components/ui/error-alert";

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
  // The name as typed since the last answer (null: untouched). Changing a taken name puts the question away.
  const [editedName, setEditedName] = useState<string | null>(null);
  const base = useId();
  const ids = { code: `${base}-code`, displayName: `${base}-name`, pin: `${base}-pin` };

  // The name is already a student of this class: ask "is that you (PIN)?" or "someone else (join as Sara (2))?".
  const taken =
    !isResume && state.taken && (editedName === null || nameKey(editedName) === nameKey(state.taken.displayName))
      ? state.taken
      : undefined;
  const serverErrors: Errors =
    state.error && (taken || state.error.key !== "nameTaken") ? { [state.error.field]: state.error.key } : {};
  const errors = clientErrors ?? serverErrors;
  // Asked "is that you?", a wrong or locked PIN is said beside the PIN, not at the top of the form.
  const pinError = taken ? (errors.pin ?? errors.form) : undefined;
  const message = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.unknown"));

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(e.currentTarget, submitter);
    setEditedName(null);
    const next: Errors = joinFieldErrors(Object.fromEntries(form), isResume || form.get("intent") === "resume");
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
    errors[field] && <ErrorAlert id={`${ids[field]}-error`}>{message(errors[field])}</ErrorAlert>;

  return (
    <form className="card stack" action={action} onSubmit={onSubmit} noValidate aria-busy={isPending}>
      {errors.form && !taken && <ErrorAlert>{message(errors.form)}</ErrorAlert>}
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
          onChange={isResume ? undefined : (e) => setEditedName(e.currentTarget.value)}
          aria-invalid={errors.displayName && !taken ? true : undefined}
          aria-describedby={describedBy("displayName", true)}
        />
        <p className="hint" id={`${ids.displayName}-hint`}>
          {t("join.nameHint")}
        </p>
        {!taken && fieldError("displayName")}
      </div>
      {taken && (
        <div className="name-taken stack" role="group" aria-labelledby={`${ids.displayName}-error`}>
          <p className="alert alert-info" role="alert" id={`${ids.displayName}-error`}>
            {t.rich("join.takenTitle", { name: () => <bdi>{taken.displayName}</bdi> })}
          </p>
          <p>{t("join.takenIsYou")}</p>
          <PinField id={ids.pin} error={pinError && message(pinError)} autoFocus />
          <div>
            <button type="submit" name="intent" value="resume" className="button" disabled={isPending}>
              {t.rich("join.takenContinue", { name: () => <bdi>{taken.displayName}</bdi> })}
            </button>
          </div>
          <p className="muted">
            {t.rich("join.takenSomeoneElse", { suggestion: () => <bdi>{taken.suggestion}</bdi> })}
          </p>
          <div>
            <button type="submit" name="intent" value="new" className="button button-secondary" disabled={isPending}>
              {t.rich("join.takenJoinAsNew", { suggestion: () => <bdi>{taken.suggestion}</bdi> })}
            </button>
          </div>
        </div>
      )}
      {isResume && <PinField id={ids.pin} error={errors.pin && message(errors.pin)} />}
      <div hidden={Boolean(taken)}>
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

/** The PIN field: asked when a name is taken ("is that you?") and on "I already joined". */
function PinField({ id, error, autoFocus }: { id: string; error?: string; autoFocus?: boolean }) {
  const t = useTranslations("student");
  return (
    <div className="field">
      <label htmlFor={id}>{t("join.pinLabel")}</label>
      <input
        id={id}
        type="text"
        name="pin"
        dir="ltr"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        autoFocus={autoFocus}
        maxLength={PIN_LENGTH + 4}
        className="pin-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
      />
      <p className="hint" id={`${id}-hint`}>
        {t("join.pinHint")}
      </p>
      <ErrorAlert id={`${id}-error`}>{error}</ErrorAlert>
    </div>
  );
}
