// Issue 12: feedback for timeline and matching questions quotes the sentence of each item, not the whole span
// (which ran over half the article). Items and spans below are the generator's own for these fixtures.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evidenceInContext } from "@/lib/attempts/attempts";
import { evidenceItems, itemEvidence } from "@/lib/attempts/item-evidence";

const article = (name: string) => readFileSync(`tests/fixtures/articles/${name}`, "utf8");

describe("evidence item by item", () => {
  it("a matching question quotes the sentence of each person with their role (English)", () => {
    const body = article("chips-act.en.txt");
    const question = {
      type: "matching",
      answer: ["President", "Senate Democratic leader", "Republican Senator", "Commerce Secretary"],
      left: ["Joe Biden", "Chuck Schumer", "Todd Young", "Gina Raimondo"],
    };
    const [start, end] = [77, 3013];
    const whole = evidenceInContext(body, start, end);
    const parts = evidenceInContext(body, start, end, { ...question });
    // Schumer and Young share one sentence ("… by Senate Democratic leader Chuck Schumer … and Republican Senator Todd
    // Young …"): quoted once.
    expect(parts.parts).toHaveLength(3);
    expect(parts.parts![0]!.text).toMatch(/^President Joe Biden on Tuesday signed/);
    for (const [i, person] of question.left.entries()) {
      const holding = parts.parts!.filter((p) => p.text.includes(person));
      expect(holding.length, person).toBeGreaterThan(0);
      expect(holding.some((p) => p.text.includes(question.answer[i]!))).toBe(true);
    }
    // Each part is the article's own text at its offsets, and the quote is a fraction of the span.
    for (const p of parts.parts!) expect(body.slice(p.start, p.end)).toBe(p.text);
    const quoted = parts.parts!.reduce((n, p) => n + p.text.length, 0);
    expect(quoted).toBeLessThan(whole.text.length / 2);
    expect(whole.parts).toBeUndefined();
  });

  it("a timeline question quotes the sentence of each event, dates included (Arabic)", () => {
    const body = article("france-mali.ar.txt");
    const answer = [
      'بدأت القصة حين أطلقت باريس عملية "سيرفال"، التي تحولت لاحقًا إلى "برخان"',
      "سحبت فرنسا آخر جنودها، منهية بذلك عقدًا من التدخل العسكري المباشر",
      'تفاقم التوتر عندما اعتقلت السلطات المالية ضابطًا من جهاز الاستخبارات الخارجية الفرنسي (DGSE) في باماكو، بتهمة "محاولة زعزعة الاستقرار"',
      "تفرض جماعات مرتبطة بالقاعدة حصارًا خانقًا على واردات الوقود نحو العاصمة، ما أدى إلى شلل اقتصادي واحتجاجات واسعة",
    ];
    const { parts } = evidenceInContext(body, 451, 3059, { type: "timeline", answer });
    expect(parts).toHaveLength(4);
    // The event's own sentence, with the date the item leaves out (that is what proves the order).
    expect(parts![0]!.text).toContain("بدأت القصة عام 2013");
    expect(parts![1]!.text).toContain("وفي عام 2022، سحبت فرنسا آخر جنودها");
    expect(parts![2]!.text).toContain("تفاقم التوتر في أغسطس 2025");
    // In article order.
    expect(parts!.map((p) => p.start)).toEqual([...parts!.map((p) => p.start)].sort((a, b) => a - b));
  });

  it("falls back to the whole span when an item is not found, or for other types", () => {
    const span = "The museum opened in 1990. It closed in 2001. A new wing came in 2010.";
    expect(
      itemEvidence({ span, spanStart: 0, items: ["The museum opened", "Something else entirely happened"] }),
    ).toBeNull();
    expect(evidenceItems({ type: "mcq", answer: "1990" })).toEqual([]);
    expect(evidenceInContext(span, 0, span.length, { type: "mcq", answer: "1990" }).parts).toBeUndefined();
    // Items in every sentence: quoting them all is the span itself, so no parts.
    expect(itemEvidence({ span, spanStart: 0, items: ["museum opened", "closed", "new wing came"] })).toBeNull();
    const two = itemEvidence({
      span: `${span} Visitors liked it.`,
      spanStart: 5,
      items: ["museum opened", "A new wing came"],
    });
    expect(two).toEqual([
      { start: 5, end: 31, text: "The museum opened in 1990." },
      { start: 51, end: 75, text: "A new wing came in 2010." },
    ]);
  });
});

describe("through the answer path", () => {
  it("a timeline answer's feedback, and the attempt read back, quote one sentence per event", async () => {
    const { db } = await import("@/lib/db");
    const { startAttempt, getAttemptView } = await import("@/lib/attempts/attempts");
    const { submitAnswer } = await import("@/lib/attempts/submit-answer");
    const device = crypto.randomUUID();
    const body = article("france-mali.ar.txt");
    const answer = [
      'بدأت القصة حين أطلقت باريس عملية "سيرفال"، التي تحولت لاحقًا إلى "برخان"',
      "سحبت فرنسا آخر جنودها، منهية بذلك عقدًا من التدخل العسكري المباشر",
    ];
    const art = await db.article.create({ data: { title: "Mali", body, language: "ar", deviceId: device } });
    const q = await db.question.create({
      data: {
        articleId: art.id,
        position: 0,
        type: "timeline",
        prompt: "رتّب الأحداث",
        choices: JSON.stringify([...answer].reverse()),
        answer: JSON.stringify(answer),
        evidenceStart: 451,
        evidenceEnd: 1200,
        generatorKey: "t1",
        generatorVersion: "test",
        status: "approved",
      },
    });
    const { id } = await startAttempt({ articleId: art.id, deviceId: device });
    const res = await submitAnswer({ attemptId: id, deviceId: device, questionId: q.id, answer });
    expect(res).toMatchObject({ correct: true });
    const evidence = (res as { evidence: { parts?: Array<{ text: string }>; before: string } }).evidence;
    expect(evidence.parts).toHaveLength(2);
    expect(evidence.parts![0]!.text).toMatch(/^بدأت القصة عام 2013 حين أطلقت باريس/);
    expect(evidence.parts![1]!.text).toMatch(/^وفي عام 2022، سحبت فرنسا آخر جنودها/);
    expect(evidence.before).toBe("");
    const view = await getAttemptView({ attemptId: id, deviceId: device });
    expect(view.responses[0]).toMatchObject({ evidence: { parts: evidence.parts } });
  });
});
