// Restore or permanently delete a deleted class: on the class list (small buttons) and on the class page.
import { getTranslations } from "next-intl/server";
import { purgeClassAction, restoreClassAction } from "@/app/teacher/classes/actions";
import { ConfirmSubmit } from "./confirm-submit";

export async function DeletedClassActions({
  classId,
  name,
  isSmall = false,
}: {
  classId: string;
  name: string;
  isSmall?: boolean;
}) {
  const t = await getTranslations("classes");
  const size = isSmall ? " button-small" : "";
  return (
    <div className="row">
      <form action={restoreClassAction}>
        <input type="hidden" name="classId" value={classId} />
        <button type="submit" className={`button${isSmall ? " button-secondary" : ""}${size}`}>
          {t("actions.restore")}
        </button>
      </form>
      <form action={purgeClassAction}>
        <input type="hidden" name="classId" value={classId} />
        <ConfirmSubmit
          label={t("actions.purge")}
          question={t("actions.purgeQuestion", { name })}
          confirmLabel={t("actions.purgeConfirm")}
          cancelLabel={t("actions.cancel")}
          workingLabel={t("actions.working")}
          {...(isSmall ? { className: "button button-ghost button-small" } : {})}
        />
      </form>
    </div>
  );
}
