// The outcome of the last class action (?done=… / ?error=… after a redirect), announced politely.
import { getTranslations } from "next-intl/server";

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
    return (
      <p className="alert alert-error" role="alert">
        {t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.unknown")}
      </p>
    );
  }
  const key = done ? DONE[done] : undefined;
  if (!key) return null;
  return (
    <p className="alert alert-good" role="status">
      {t(key)}
    </p>
  );
}
