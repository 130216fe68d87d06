// The Arabic face's regular weight (app/globals.css declares it and the bold one, Arabic letters only), preloaded only
// where Arabic text is certain to show at first paint — the Arabic interface, an Arabic article or quiz — so the text
// does not swap late there, while English pages never fetch it early (issue 9). The bold file is never preloaded.
// A <link> element rather than ReactDOM.preload(): React hoists it into the <head> of the first HTML chunk, where
// preload() from a server component arrived as a hint in the RSC payload at the end of the page.
export const ARABIC_FONT_URL = "/fonts/noto-sans-arabic-arabic-400-normal.woff2";

export function PreloadArabicFont() {
  return <link rel="preload" href={ARABIC_FONT_URL} as="font" type="font/woff2" crossOrigin="anonymous" />;
}
