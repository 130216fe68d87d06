"use client";
// Filters the bank by type and status through the URL (?type=&status=), so a filtered view can be linked and
// works without JavaScript. Applied with a button, not on change (WCAG 3.2.2: changing a select must not navigate).
import { useTranslations } from "next-intl";
import { useId } from "react";
import { QUESTION_TYPES } from "@/questions/types";

export function FilterBar({
  action,
  type,
  status,
  focus,
}: {
  action: string;
  type?: string;
  status?: string;
  focus?: string;
}) {
  const t = useTranslations("review");
  const tType = useTranslations("article.type");
  const id = useId();
  return (
    <form method="get" action={action} className="row filter-bar" aria-label={t("filters")}>
      {focus && <input type="hidden" name="question" value={focus} />}
      <div className="field">
        <label htmlFor={`${id}-type`}>{t("filterType")}</label>
        <select id={`${id}-type`} name="type" defaultValue={type ?? ""}>
          <option value="">{t("allTypes")}</option>
          {QUESTION_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {tType(ty)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t("filterStatus")}</label>
        <select id={`${id}-status`} name="status" defaultValue={status ?? ""}>
          <option value="">{t("allCurrent")}</option>
          <option value="draft">{t("status.draft")}</option>
          <option value="approved">{t("status.approved")}</option>
          <option value="archived">{t("status.archived")}</option>
        </select>
      </div>
      <button type="submit" className="button button-secondary button-small">
        {t("applyFilters")}
      </button>
    </form>
  );
}
