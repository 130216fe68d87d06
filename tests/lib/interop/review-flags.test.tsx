// The review screen flags an imported question whose evidence was not found ("No evidence", highlighting nothing),
// and offers the export of the ticked questions or of the whole bank.
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { BankQuestion } from "@/lib/bank/bank-question";
import { ReviewScreen } from "@/components/teacher/review/review-screen";
import { QuestionEditor } from "@/components/teacher/review/question-editor";
import { loadMessages } from "@/lib/i18n/request";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {}, push() {} }) }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers(),
}));
vi.mock("next-intl/server", () => ({ getRequestConfig: (f: unknown) => f }));

const body = "First sentence. Second sentence.";
const base: BankQuestion = {
  id: "q1",
  articleId: "a1",
  position: 0,
  type: "mcq",
  prompt: "Which one?",
  choices: ["a", "b"],
  answer: "a",
  evidence: { start: 0, end: 15, text: "First sentence." },
  status: "draft",
  origin: "imported",
  version: 1,
  previousId: null,
  archivedAt: null,
  responses: 0,
};

async function render(questions: BankQuestion[], locale: "en" | "ar" = "en", kind = "article") {
  const messages = await loadMessages(locale);
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC">
      <ReviewScreen
        articleId="a1"
        kind={kind}
        body={kind === "set" ? "" : body}
        language="en"
        questions={questions}
        sentences={[]}
        draftCount={questions.length}
      />
    </NextIntlClientProvider>,
  );
}

describe("review screen and imported questions", () => {
  it("flags only the question without evidence, and marks both as imported", async () => {
    const html = await render([base, { ...base, id: "q2", evidence: { start: 0, end: 0, text: "" } }]);
    expect(html.match(/data-testid="no-evidence"/g)).toHaveLength(1);
    expect(html.match(/>Imported</g)).toHaveLength(2);
    expect(html.match(/<mark /g)).toHaveLength(1); // the first question's evidence only
  });

  it("offers every export format for the bank, in both languages", async () => {
    const html = await render([base]);
    for (const f of ["moodle", "gift", "qti", "kahoot", "csv"])
      expect(html).toContain(`/api/teacher/articles/a1/export?format=${f}`);
    const ar = await render([{ ...base, evidence: { start: 0, end: 0, text: "" } }], "ar");
    expect(ar).toContain("بلا دليل");
    expect(ar).toContain("استيراد أسئلة من ملف");
  });
});

describe("review screen of a question set (no article)", () => {
  const none = { start: 0, end: 0, text: "" };
  it("shows the bank alone: no article column, nothing to regenerate, imports into the set", async () => {
    const article = await render([base]);
    expect(article).toContain('data-testid="article-body"');
    expect(article).toContain("Regenerate drafts");
    const set = await render([{ ...base, evidence: none }], "en", "set");
    expect(set).not.toContain('data-testid="article-body"');
    expect(set).not.toContain("Regenerate drafts");
    expect(set).toContain("The questions come into this question set, without evidence.");
    expect(set).toContain('data-testid="no-evidence"');
    expect(set).toContain("Which one?");
  });

  it("edits a question without asking for evidence", async () => {
    const messages = await loadMessages("en");
    const editor = (hasText: boolean) =>
      renderToStaticMarkup(
        <NextIntlClientProvider locale="en" messages={messages} timeZone="UTC">
          <QuestionEditor
            articleId="a1"
            body={hasText ? body : ""}
            language="en"
            hasText={hasText}
            sentences={[]}
            question={{ ...base, evidence: none }}
            selection={null}
            onEvidenceChange={() => {}}
            onDone={() => {}}
            onCancel={() => {}}
          />
        </NextIntlClientProvider>,
      );
    expect(editor(true)).toContain("Evidence in the article");
    expect(editor(false)).not.toContain("Evidence in the article");
    expect(editor(false)).toContain("Which one?");
  });
});
