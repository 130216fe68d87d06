// A pasted web page (HTML source) becomes the text a reader sees before questions are made from it (issue 8, item 6):
// otherwise tags, scripts and styles would be asked about, and the evidence would point into markup.
import "server-only";
import { convert } from "html-to-text";

// An element a web page is made of, opened and closed (or a doctype): prose that mentions "<b>" is not a page.
const HTML_SIGNS =
  /<!doctype html|<(html|head|body|article|main|section|div|p|span|h[1-6]|ul|ol|li|table|a|script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<br\s*\/?>/i;

export function looksLikeHtml(text: string): boolean {
  return HTML_SIGNS.test(text);
}

/** The page's readable text: paragraphs as lines, no tags, scripts, styles, images or link targets. */
export function htmlToPlainText(html: string): string {
  return convert(html, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "footer", format: "skip" },
      { selector: "form", format: "skip" },
      { selector: "button", format: "skip" },
      // Headings as written: html-to-text upper-cases them by default, which changes the words the generator sees.
      ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
    ],
  })
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
