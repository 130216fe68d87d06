import "server-only";
import { preload } from "react-dom";

// The Arabic face's regular weight (app/globals.css declares it and the bold one, Arabic letters only). Preloaded only
// where Arabic text is certain to show at first paint — the Arabic interface, an Arabic article or quiz — so the text
// does not swap late there, while English pages never fetch it early (issue 9). The bold file is never preloaded.
export const ARABIC_FONT_URL = "/fonts/noto-sans-arabic-arabic-400-normal.woff2";

export function preloadArabicFont(): void {
  preload(ARABIC_FONT_URL, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
}
