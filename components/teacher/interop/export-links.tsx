// Download links for each export format (plain links: the route answers with the file).
import { getTranslations } from "next-intl/server";
import { EXPORT_FORMATS } from "@/lib/interop/types";

export async function ExportLinks({ baseUrl }: { baseUrl: string }) {
  const t = await getTranslations("interop");
  return (
    <ul className="row export-links" aria-label={t("exportFormats")}>
      {EXPORT_FORMATS.map((f) => (
        <li key={f}>
          <a className="button button-secondary button-small" href={`${baseUrl}?format=${f}`} download>
            {t(`format.${f}`)}
          </a>
        </li>
      ))}
    </ul>
  );
}
