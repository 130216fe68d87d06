"use client";
// New class: the name, checked with the shared schema before sending; the server action creates it and opens it.
import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { createClassAction, type CreateClassState } from "@/app/teacher/classes/actions";
import { CLASS_NAME_MAX, ClassNameSchema } from "@/lib/validation/classes";
import { ErrorAlert } from "@/components/ui/error-alert";
import { BusyButton } from "@/components/ui/busy-button";

export function CreateClassForm() {
  const t = useTranslations("classes");
  const [state, action, isPending] = useActionState<CreateClassState, FormData>(createClassAction, {});
  const [clientError, setClientError] = useState<string | null>(null);
  const id = useId();
  const error = clientError ?? state.error ?? null;

  return (
    <form
      className="card stack"
      action={action}
      aria-busy={isPending}
      noValidate
      onSubmit={(e) => {
        const parsed = ClassNameSchema.safeParse({ name: new FormData(e.currentTarget).get("name") ?? "" });
        if (!parsed.success) {
          e.preventDefault();
          setClientError(parsed.error.issues[0]?.message ?? "unknown");
        } else setClientError(null);
      }}
    >
      <h2 style={{ margin: 0 }}>{t("create.heading")}</h2>
      <div className="field">
        <label htmlFor={id}>{t("create.nameLabel")}</label>
        <input
          id={id}
          type="text"
          name="name"
          dir="auto"
          autoComplete="off"
          maxLength={CLASS_NAME_MAX + 20}
          defaultValue={state.name ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        />
        <p className="hint" id={`${id}-hint`}>
          {t("create.nameHint")}
        </p>
        {error && (
          <ErrorAlert id={`${id}-error`}>
            {t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.unknown")}
          </ErrorAlert>
        )}
      </div>
      <div>
        <BusyButton isBusy={isPending} label={t("create.submit")} busyLabel={t("create.submitting")} />
      </div>
    </form>
  );
}
