// Test data shared by the lib tests: small articles in both languages with facts the generator can ask about.
export const ENGLISH_ARTICLE = `The Riverside Library
The Riverside Library opened on 4 June 1998 with 40,000 books.
It was designed by the architect Maria Lopez, who later became the city's chief planner.
In 2010, the library added a digital archive of 12,000 maps.
"Every child in this town deserves a quiet place to read," said Mayor Tom Becker in 2011.
The library now welcomes about 300 visitors a day.`;

export const ARABIC_ARTICLE = `افتُتحت مكتبة النهر في عام 1998 وضمت 40 ألف كتاب.
صممت المهندسة مريم الحسيني مبنى المكتبة، ثم أصبحت لاحقًا رئيسة التخطيط في المدينة.
وفي عام 2010 أضافت المكتبة أرشيفًا رقميًا يضم 12 ألف خريطة.
وقال رئيس البلدية سامي القاسم في عام 2011: "كل طفل في هذه المدينة يستحق مكانًا هادئًا للقراءة".
وتستقبل المكتبة اليوم نحو 300 زائر يوميًا.`;
