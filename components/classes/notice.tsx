// The outcome of the last class action (?done=… / ?error=… after a redirect), announced politely.
import { getTranslations } from "next-intl/server";
import { ErrorAlert } from "@/components/ui/error-alert";

const DONE: Record<string, string> = {
  regenerated: "join.regenerated",
  removed: "roster.removed",
  readmitted: "roster.readmitted",
  unlocked: "roster.unlocked",
  deleted: "actions.deleted",
  restored: "actions.restored",
  purged: "actions.purged",
};

export async function ClassNotice({ done, error }: { done?: string; error?: string }) {
  const t = await getTranslations("classes");
  if (error) {
    return <ErrorAlert>{t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.unknown")}</ErrorAlert>;
  }
  const key = done ? DONE[done] : undefined;
  if (!key) return null;
  return (
    <p className="alert alert-good" role="status">
      {t(key)}
    </p>
  );
}
