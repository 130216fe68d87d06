import type { Language } from "./types";

/** "ar" when Arabic letters make up a substantial share of the letters, else "en". */
export function detectLanguage(text: string): Language {
  if (typeof text !== "string" || text.length === 0) return "ar";
  let ar = 0;
  let lat = 0;
  const n = Math.min(text.length, 200_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfeff && c !== 0xfeff))
      ar++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) lat++;
  }
  if (ar === 0 && lat === 0) return "ar";
  return ar >= lat * 0.5 ? "ar" : "en";
}
