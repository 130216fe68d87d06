import fs from "node:fs";
import path from "node:path";

export const SAMPLE_PATH = path.resolve("prisma/seed-data/france-mali.ar.txt");
export const SAMPLE = fs.readFileSync(SAMPLE_PATH, "utf8");

// Small invented texts (no real events).
export const AR_SMALL = [
  "افتتاح جسر جديد في مدينة الواحة",
  "افتتحت بلدية مدينة الواحة في مارس/آذار 2019 جسرًا جديدًا يربط ضفتي النهر، بعد أعمال استمرت أربع سنوات.",
  'وبدأ المشروع عام 2015 تحت اسم "جسر النخيل"، الذي تحول لاحقًا إلى "جسر الوحدة" بقرار من المجلس البلدي.',
  'وقال المهندس سامر الحداد، مدير المشروع، إن الجسر "سيختصر زمن التنقل إلى النصف تقريبًا".',
  "وبلغت تكلفة الجسر 120 مليون دولار، وفق ما أعلنته وزارة الأشغال العامة في بيان رسمي.",
  'وأكدت الوزيرة ليلى منصور أن "البنية التحتية هي أساس التنمية الاقتصادية في المنطقة".',
  'وكانت الصحفية هند العلي قد كشفت في تحقيق نشرته صحيفة "الفجر" عام 2017 عن تأخر الأعمال.',
  "ويعبر الجسر يوميًا نحو 45 ألف سيارة، بحسب تقديرات الباحث كريم يوسف من جامعة الشمال.",
  "وفي يناير 2021، توقفت الأعمال مؤقتًا بسبب نقص التمويل، قبل أن تستأنف في أيلول 2021.",
].join("\n");

export const EN_SMALL = [
  "Harbor City opens new bridge after decade of delays",
  "",
  "The Northgate Bridge, which was first proposed in 1998, finally opened to traffic on Monday.",
  'Construction began in 2012 under Mayor Linda Okafor, who called the project "the backbone of our city\'s future."',
  "The bridge cost $1.2bn and carries about 80,000 vehicles a day, according to the Regional Transport Authority.",
  'Engineer Tomas Varga, a structural expert at Eastfield University, said the design "will survive a once-in-a-century flood."',
  "In 2015, the project was halted after a dispute between the city and the contractor, Brightline Construction.",
  'The original plan, known as "Project Span", later became "Gateway Link" when the city council renamed it in 2017.',
  "Critics, including journalist Maria Chen of the Harbor Gazette, argued that costs rose by 40% over budget.",
  '"We have waited long enough," Okafor told reporters at the ceremony.',
  "Transport minister David Osei said the bridge would cut commuting times by 25 minutes.",
  "However, he warned that tolls would rise next year.",
  "Read more: Harbor City budget explained",
].join("\n");
