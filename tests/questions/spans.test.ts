import { describe, expect, it } from "vitest";
import { splitSentences } from "../../questions/sentences";
import { extractAll, type SentenceInfo, type Span } from "../../questions/spans";
import { generateQuestions, normalizeForMatch } from "../../questions/index";

function spansOf(text: string, lang: "ar" | "en"): Span[] {
  const infos: SentenceInfo[] = [];
  return extractAll(splitSentences(text, lang), lang, infos).spans;
}

describe("date extraction", () => {
  it("parses Arabic month names of every naming system", () => {
    const cases: Array<[string, number]> = [
      ["وقع الانقلاب في أغسطس 2020 في العاصمة.", 202008],
      ["وقع الحادث في آب 2020 قرب الحدود.", 202008],
      ["أعلنت الحكومة القرار في أفريل 2019 بعد مشاورات.", 201904],
      ["انطلقت الاحتجاجات في جويلية 2018 في عدة مدن.", 201807],
      ["قطعت العلاقات في الثالث من يناير/كانون الثاني 2016 رسميا.", 201601],
      ["اجتمع المجلس في تشرين الأول ٢٠٢٣ لمناقشة الميزانية.", 202310],
      ["افتتح المعرض في أيلول 2021 بحضور الوزير.", 202109],
      ["وقعت الاتفاقية في نيسان 2015 بعد مفاوضات طويلة.", 201504],
      ["صدر القانون في شتنبر 2011 بعد نقاش طويل.", 201109],
      ["ولد الكاتب في 27 مايو/أيار 1332م في المدينة.", 133205],
    ];
    for (const [text, ym] of cases) {
      const d = spansOf(text, "ar").filter((s) => s.kind === "date");
      expect(d.length, text).toBe(1);
      expect(Math.floor(d[0]!.value! / 100), text).toBe(ym);
      expect(text.slice(d[0]!.start, d[0]!.end)).toBe(d[0]!.text);
    }
  });
  it("parses English dates and plain years with cues", () => {
    const d = spansOf(
      "The bridge opened on 15 August 2020. Work began in 2012 and ended on March 3, 2019.",
      "en",
    ).filter((s) => s.kind === "date");
    expect(d.map((x) => x.text)).toEqual(["15 August 2020", "2012", "March 3, 2019"]);
    expect(d[0]!.value).toBe(20200815);
  });
});

describe("number extraction", () => {
  it("keeps units and scales with the number, in both digit scripts", () => {
    const ar = spansOf(
      "يعيش في البلاد أكثر من 200 ألف لاجئ، وبلغت التكلفة ١٢٠ مليون دولار، وارتفعت النسبة إلى 40 بالمئة.",
      "ar",
    );
    const texts = ar.filter((s) => s.kind === "number" || s.kind === "percent").map((s) => s.text);
    expect(texts).toContain("200 ألف");
    expect(texts).toContain("١٢٠ مليون دولار");
    expect(texts).toContain("40 بالمئة");
    const en = spansOf("The project cost $10bn and employs 2,500 people, up 25% from two years ago.", "en");
    const et = en.filter((s) => s.kind === "number" || s.kind === "percent").map((s) => s.text);
    expect(et).toContain("$10bn");
    expect(et).toContain("25%");
    expect(et).toContain("two years");
  });
});

describe("people, organisations and quotes", () => {
  it("finds Arabic people after title cue words, with their roles", () => {
    const text =
      'وقال الوزير الأول سالم العتيبي إن المشروع ناجح. وكتبت الصحفية هند العلي في صحيفة "الفجر" أن التأخير كبير.';
    const people = spansOf(text, "ar").filter((s) => s.kind === "person");
    expect(people.map((p) => p.text)).toEqual(["سالم العتيبي", "هند العلي"]);
    expect(people[1]!.role).toBe("الصحفية");
  });
  it("finds organisations by cue words and acronyms", () => {
    const orgs = spansOf("وأعلنت وزارة الصحة العامة (WHO) عن خطة جديدة مع جامعة الشمال.", "ar").filter(
      (s) => s.kind === "org",
    );
    const t = orgs.map((o) => o.text);
    expect(t).toContain("وزارة الصحة العامة");
    expect(t).toContain("WHO");
  });
  it("pairs quotes even when a sentence has an unmatched quote mark", () => {
    const q = spansOf('وصفت الخطوة بأنها "خطيرة جدا، بينما قال المسؤولون إن لديهم "أدلة دامغة".', "ar").filter(
      (s) => s.kind === "quoted",
    );
    expect(q.map((x) => x.text)).toContain("أدلة دامغة");
  });
});

describe("cloze blanks keep clitics outside", () => {
  it("blanks a place without its proclitic و", () => {
    const text = [
      "عقد الوزراء اجتماعا مطولا في القاهرة لمناقشة التعاون التجاري بين فرنسا ومصر خلال العام المقبل.",
      "وأعلن المسؤولون أن التبادل التجاري بين ألمانيا وتونس بلغ مستوى قياسيا هذا العام.",
      "كما زار الوفد إيطاليا والمغرب لبحث اتفاقيات جديدة في مجال الطاقة المتجددة.",
    ].join("\n");
    const qs = generateQuestions(text, { count: 30, types: ["cloze"] }).questions;
    const q = qs.find((x) => x.answer === "مصر" || x.answer === "تونس" || x.answer === "المغرب");
    expect(q).toBeDefined();
    expect(q!.prompt).toMatch(/و____/u);
    for (const ch of q!.choices) expect(normalizeForMatch(ch).startsWith("و")).toBe(false);
  });
});

describe("sentences", () => {
  it("skips boilerplate lines and keeps offsets", () => {
    const text =
      "عنوان قصير بلا نقطة\n#وسم #آخر\nاقرأ أيضا: خبر آخر\nhttps://example.com/x\nهذه جملة كاملة عن موضوع مهم في المدينة.\n";
    const ss = splitSentences(text, "ar");
    expect(ss.length).toBe(1);
    expect(text.slice(ss[0]!.start, ss[0]!.end)).toBe("هذه جملة كاملة عن موضوع مهم في المدينة.");
  });
  it("merges abbreviations and open quotes", () => {
    const text =
      'Mr. Smith met Dr. Jones in the U.S. capital on Monday. He said: "We agreed. It is done." Then he left.';
    const ss = splitSentences(text, "en").map((s) => s.text);
    expect(ss[0]).toBe("Mr. Smith met Dr. Jones in the U.S. capital on Monday.");
    expect(ss[1]).toBe('He said: "We agreed. It is done."');
  });
});
