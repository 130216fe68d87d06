// Question text written by a teacher is data, never markup: the review screen renders it escaped.
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { BankQuestion } from "@/lib/bank/bank-question";
import { ReviewScreen } from "@/components/teacher/review/review-screen";
import { loadMessages } from "@/lib/i18n/request";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {}, push() {} }) }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers(),
}));
vi.mock("next-intl/server", () => ({ getRequestConfig: (f: unknown) => f }));

const SCRIPT = `<script>alert("x")</script>`;
const body = `First sentence. ${SCRIPT} in the text.`;

const question: BankQuestion = {
  id: "q1",
  articleId: "a1",
  position: 0,
  type: "mcq",
  prompt: `${SCRIPT} <img src=x onerror=alert(1)>`,
  choices: [SCRIPT, "<b>bold</b>"],
  answer: SCRIPT,
  evidence: { start: 0, end: 15, text: "First sentence." },
  status: "draft",
  origin: "manual",
  version: 1,
  previousId: null,
  archivedAt: null,
  responses: 0,
};

describe("review screen rendering", () => {
  it("shows <script> and other tags in questions and articles as text, never as HTML", async () => {
    const messages = await loadMessages("en");
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="en" messages={messages} timeZone="UTC">
        <ReviewScreen articleId="a1" body={body} language="en" questions={[question]} sentences={[]} draftCount={1} />
      </NextIntlClientProvider>,
    );
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>bold");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&lt;b&gt;bold&lt;/b&gt;");
  });
});
