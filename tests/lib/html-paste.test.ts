// Issue 8, item 6: a pasted HTML page is turned into its text before questions are made, so no question or piece of
// evidence is markup, a script or a style.
import { describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { getArticle } from "@/lib/articles/get-article";
import { htmlToPlainText, looksLikeHtml } from "@/lib/articles/html-to-plain-text";
import { ValidationError } from "@/lib/errors";
import { ENGLISH_ARTICLE } from "../setup/factories";

const page = (body: string) => `<!DOCTYPE html><html><head><title>x</title><style>p { color: red }</style>
<script>document.title = "pwned"</script></head><body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article>${body}</article><footer>© 2024 Example Media</footer></body></html>`;

const asHtml = (text: string) =>
  text
    .split("\n")
    .map((line, i) => (i === 0 ? `<h1>${line}</h1>` : `<p>${line.replace(/&/g, "&amp;")}</p>`))
    .join("\n");

describe("HTML pastes", () => {
  it("tells a web page from prose that mentions a tag", () => {
    expect(looksLikeHtml(page("<p>Hi.</p>"))).toBe(true);
    expect(looksLikeHtml("<p>One paragraph.</p>")).toBe(true);
    expect(looksLikeHtml(ENGLISH_ARTICLE)).toBe(false);
    expect(looksLikeHtml("In HTML, a <b> tag makes text bold and 3 < 4 > 2.")).toBe(false);
  });

  it("keeps the words, drops markup, scripts, styles and navigation", () => {
    const text = htmlToPlainText(
      page("<h2>Big News</h2><p>The council met on <b>12 March 2019</b>.</p><p>It cost $4 &amp; more.</p>"),
    );
    expect(text).toBe("Big News\n\nThe council met on 12 March 2019.\n\nIt cost $4 & more.");
  });

  it("stores and asks about the text of a pasted page, not its source", async () => {
    const saved = await createArticle({ title: "Web page", body: page(asHtml(ENGLISH_ARTICLE)) });
    const article = await getArticle(saved.id);
    expect(article.body).not.toMatch(/[<>]|pwned|color: red|Home|©/);
    expect(article.body).toContain(ENGLISH_ARTICLE.split("\n")[1]!.trim());
    expect(article.questions.length).toBeGreaterThan(0);
    for (const q of article.questions) expect(q.prompt).not.toMatch(/<\/?[a-z]/i);
  });

  it("a page with no text is refused as empty", async () => {
    const err = await createArticle({ title: "Empty page", body: page("<script>x()</script>") }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ValidationError);
    expect(err).toMatchObject({ code: "bodyRequired" });
  });
});
