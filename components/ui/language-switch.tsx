// The interface language switch: a plain form posting to a server action, so it works before JavaScript loads.
import { switchLocale } from "@/app/actions";

export function LanguageSwitch({ locale, label, ariaLabel }: { locale: string; label: string; ariaLabel: string }) {
  const next = locale === "ar" ? "en" : "ar";
  return (
    <form action={switchLocale}>
      <input type="hidden" name="locale" value={next} />
      <button type="submit" className="button button-ghost" lang={next} aria-label={ariaLabel}>
        {label}
      </button>
    </form>
  );
}
