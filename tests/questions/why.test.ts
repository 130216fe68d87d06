// Why/how questions in the default quiz (issue 7): asked where an article states a cause, keyed to the statement the
// cause explains, with other statements of the same article as wrong options. Invented texts, no real events.
import { describe, expect, it } from "vitest";
import { generateQuestions, WHY_PROMPT } from "../../questions/index";

const EN = [
  "Riverton council closes Mill Street bridge",
  "",
  "The Riverton council closed the Mill Street bridge on Monday because inspectors found deep cracks in two steel beams.",
  "The bridge carried about 9,000 vehicles a day between the town centre and the northern estates.",
  "Engineers from the Halden Institute will test the remaining beams over the next three weeks.",
  "Local shops reported a sharp fall in customers during the first weekend of the closure.",
  "The council has set aside a repair budget of four million pounds for the coming year.",
  "Residents of the northern estates must now drive an extra twenty minutes to reach the station.",
].join("\n");

const AR = [
  "إغلاق جسر الطاحونة في مدينة الرافدين",
  "",
  "أغلقت بلدية الرافدين جسر الطاحونة يوم الاثنين بسبب تشققات عميقة في عارضتين من الصلب.",
  "ويعبر الجسر نحو تسعة آلاف سيارة يومياً بين وسط المدينة والأحياء الشمالية.",
  "ويفحص مهندسو معهد الحلبي العوارض المتبقية خلال الأسابيع الثلاثة المقبلة.",
  "وسجلت المحال التجارية تراجعاً حاداً في أعداد الزبائن خلال عطلة نهاية الأسبوع الأولى.",
  "وخصصت البلدية أربعة ملايين دينار لأعمال الإصلاح خلال العام المقبل.",
  "ويضطر سكان الأحياء الشمالية الآن إلى قيادة عشرين دقيقة إضافية للوصول إلى المحطة.",
].join("\n");

describe("why/how questions in the default quiz", () => {
  for (const [lang, text, key, cause] of [
    ["en", EN, "The Riverton council closed the Mill Street bridge on Monday", "inspectors found deep cracks"],
    ["ar", AR, "أغلقت بلدية الرافدين جسر الطاحونة يوم الاثنين", "تشققات عميقة في عارضتين"],
  ] as const) {
    it(`${lang}: asks what the stated cause led to, keyed to the statement it explains`, () => {
      const res = generateQuestions(text, { lang });
      const why = res.questions.filter((q) => WHY_PROMPT.test(q.prompt));
      expect(why).toHaveLength(1);
      const q = why[0]!;
      expect(q.type).toBe("mcq");
      expect(q.prompt).toContain(cause);
      expect(q.answer).toBe(key);
      // the wrong options are other statements of the article, none of them the key or carrying the cause
      expect(q.choices).toHaveLength(4);
      expect(new Set(q.choices).size).toBe(4);
      for (const ch of q.choices.filter((x) => x !== key)) {
        expect(text).toContain(ch);
        expect(ch).not.toContain(cause);
      }
      // the evidence is the sentence that states the cause
      expect(text.slice(q.evidence.start, q.evidence.end)).toContain(cause);
    });
  }

  it("does not ask why when the cause refers back with a pronoun the stem cannot show", () => {
    const text = EN.replace("because inspectors found deep cracks in two steel beams", "because it was unsafe");
    const res = generateQuestions(text, { lang: "en" });
    expect(res.questions.filter((q) => WHY_PROMPT.test(q.prompt))).toHaveLength(0);
  });

  it("does not offer a statement that shares the key's event as a wrong option", () => {
    const text = EN.replace(
      "Local shops reported a sharp fall in customers during the first weekend of the closure.",
      "The Riverton council closed the Mill Street bridge to lorries last spring as well.",
    );
    const res = generateQuestions(text, { lang: "en" });
    const q = res.questions.find((x) => WHY_PROMPT.test(x.prompt));
    expect(q).toBeDefined();
    expect(q!.choices.some((x) => x.includes("to lorries last spring"))).toBe(false);
  });
});
