"use client";
// Regenerating the drafts: optionally only some question types and a number of new questions. Approved questions
// and questions students have answered are kept; the others are replaced.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { REGENERATE_COUNT_MAX } from "@/lib/validation/question";
import { QUESTION_TYPES, type QuestionType } from "@/questions/types";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { bankUrl, callApi } from "./api";
import { BusyButton } from "@/components/ui/busy-button";

export function RegeneratePanel({
  articleId,
  onDone,
  onError,
}: {
  articleId: string;
  onDone: (message: string) => void;
  onError: (code: string, message: string) => void;
}) {
  const t = useTranslations("review");
  const tType = useTranslations("article.type");
  const [types, setTypes] = useState<QuestionType[]>([]);
  const [count, setCount] = useState("");
  const [isBusy, setIsBusy] = useState(false);
  const id = useId();
  const [confirm, confirmDialog] = useConfirm();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!(await confirm({ message: t("regenerateConfirm"), confirmLabel: t("confirmRegenerateButton") }))) return;
    const n = Number.parseInt(count, 10);
    setIsBusy(true);
    const res = await callApi<{ removed: number; added: number; kept: number }>(
      bankUrl(articleId, "regenerate"),
      "POST",
      {
        ...(types.length > 0 ? { types } : {}),
        ...(Number.isFinite(n) && n > 0 ? { count: Math.min(n, REGENERATE_COUNT_MAX) } : {}),
      },
    );
    setIsBusy(false);
    if (res.ok) onDone(t("regenerated", { added: res.data.added, removed: res.data.removed, kept: res.data.kept }));
    else onError(res.code, res.message);
  }

  return (
    <details className="card regenerate-panel">
      <summary>{t("regenerate")}</summary>
      {confirmDialog}
      <form className="stack" onSubmit={onSubmit} aria-busy={isBusy}>
        <p className="hint">{t("regenerateHint")}</p>
        <fieldset className="field">
          <legend>{t("regenerateTypes")}</legend>
          <div className="row">
            {QUESTION_TYPES.map((ty) => (
              <label key={ty} className="choice">
                <input
                  type="checkbox"
                  checked={types.includes(ty)}
                  onChange={(e) => setTypes((cur) => (e.target.checked ? [...cur, ty] : cur.filter((x) => x !== ty)))}
                />
                {tType(ty)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-count`}>{t("regenerateCount")}</label>
          <input
            id={`${id}-count`}
            type="number"
            inputMode="numeric"
            min={1}
            max={REGENERATE_COUNT_MAX}
            value={count}
            onChange={(e) => setCount(e.target.value)}
            aria-describedby={`${id}-count-hint`}
            style={{ maxInlineSize: "8rem" }}
          />
          <span id={`${id}-count-hint`} className="hint">
            {t("regenerateCountHint", { max: REGENERATE_COUNT_MAX })}
          </span>
        </div>
        <div className="row">
          <BusyButton
            isBusy={isBusy}
            label={t("regenerateSubmit")}
            busyLabel={t("regenerating")}
            className="button button-secondary"
          />
        </div>
      </form>
    </details>
  );
}
