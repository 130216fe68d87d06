// Download links for each export format (plain links: the route answers with the file). A shared component: the
// quiz page renders it on the server, the review screen's export panel in the browser.
import { useTranslations } from "next-intl";
import { EXPORT_FORMATS } from "@/lib/interop/types";

/** `extraQuery` is appended to each link after `?format=…` (e.g. `&ids=a,b`). */
export function ExportLinks({ baseUrl, extraQuery = "" }: { baseUrl: string; extraQuery?: string }) {
  const t = useTranslations("interop");
  return (
    <ul className="row export-links" aria-label={t("exportFormats")}>
      {EXPORT_FORMATS.map((f) => (
        <li key={f}>
          <a className="button button-secondary button-small" href={`${baseUrl}?format=${f}${extraQuery}`} download>
            {t(`format.${f}`)}
          </a>
        </li>
      ))}
    </ul>
  );
}
