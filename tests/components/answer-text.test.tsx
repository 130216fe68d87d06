// The player shows answers inside interface sentences ("The right answer: …"). An answer in the article's language
// must keep its own direction there: "18 tonnes" inside Arabic text, or an Arabic answer inside English text.
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AnswerText } from "@/components/quiz/answer-text";
import core from "@/lib/i18n/messages/core.ar.json";

function render(node: React.ReactNode) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="ar" messages={core} timeZone="UTC">
      {node}
    </NextIntlClientProvider>,
  );
}

describe("AnswerText", () => {
  it("isolates an answer with the article's language and direction", () => {
    expect(render(<AnswerText type="number" answer="18 tonnes" language="en" />)).toBe(
      '<strong lang="en" dir="ltr">18 tonnes</strong>',
    );
    expect(render(<AnswerText type="mcq" answer="باريس" language="ar" />)).toBe(
      '<strong lang="ar" dir="rtl">باريس</strong>',
    );
  });

  it("marks lists (timeline, matching) with the article's direction too", () => {
    const timeline = render(<AnswerText type="timeline" answer={["first event", "second event"]} language="en" />);
    expect(timeline).toMatch(/^<ol lang="en" dir="ltr"><li>first event<\/li>/);
    const matching = render(
      <AnswerText type="matching" answer={["1998", "2001"]} left={["Opened", "Closed"]} language="en" />,
    );
    expect(matching).toMatch(/^<ul lang="en" dir="ltr"><li>Opened: <strong>1998<\/strong><\/li>/);
  });

  it("leaves true/false in the interface language, and stays as before without a language", () => {
    expect(render(<AnswerText type="true_false" answer="true" language="en" />)).toBe("<strong>صواب</strong>");
    expect(render(<AnswerText type="number" answer="18 tonnes" />)).toBe("<strong>18 tonnes</strong>");
  });
});
