// Generic cue-word lists (no article facts). Arabic entries are normalised at load time with normalizeForMatch.
import { normalizeForMatch } from "./normalize";

const N = (words: string): Set<string> => new Set(words.split(/\s+/u).filter(Boolean).map(normalizeForMatch));

/** Month names → month number. Gregorian (Egypt/Gulf), Syriac (Levant/Iraq), French-Maghreb and Moroccan names. */
export const AR_MONTHS: Map<string, number> = new Map();
const monthLists: Array<[string, number]> = [
  ["يناير جانفي كانون_الثاني", 1],
  ["فبراير فبراير فيفري شباط", 2],
  ["مارس آذار اذار", 3],
  ["أبريل إبريل ابريل أفريل افريل نيسان", 4],
  ["مايو ماي أيار ايار", 5],
  ["يونيو يونيه جوان حزيران", 6],
  ["يوليو يوليه جويلية يوليوز تموز", 7],
  ["أغسطس اغسطس أغسطوس آب اب أوت اوت غشت", 8],
  ["سبتمبر أيلول ايلول شتنبر", 9],
  ["أكتوبر اكتوبر تشرين_الأول", 10],
  ["نوفمبر نونبر تشرين_الثاني", 11],
  ["ديسمبر دجنبر كانون_الأول", 12],
];
for (const [list, m] of monthLists)
  for (const w of list.split(" ")) AR_MONTHS.set(normalizeForMatch(w.replace(/_/gu, " ")), m);
/** Two-word month names: first word → possible second words. */
export const AR_MONTH_FIRST = N("كانون تشرين");

/** Hijri month names (first word): "26 رمضان" is a day of that month, not a quantity. */
export const AR_HIJRI_MONTHS = N("محرم صفر ربيع جمادى جمادي رجب شعبان رمضان شوال ذو ذي");

export const EN_MONTHS: Map<string, number> = new Map();
"january february march april may june july august september october november december".split(" ").forEach((m, i) => {
  EN_MONTHS.set(m, i + 1);
  EN_MONTHS.set(m.slice(0, 3), i + 1);
});
EN_MONTHS.set("sept", 9);
/** "may" / "march" are ambiguous as single words; only accepted next to a day or year. */

export const AR_YEAR_CUES = N(
  "عام العام سنة السنة عامي سنوات في منذ حتى خلال بحلول مطلع أوائل أواخر نهاية بداية منتصف قبل بعد",
);
export const EN_YEAR_CUES = new Set(
  "in since by until till from during of year early late mid before after around circa c".split(" "),
);

/** Words that introduce a date phrase and are removed together with it when a question asks for the date. */
export const AR_DATE_PREPS = N("في منذ عام العام سنة خلال حتى بحلول مطلع أواخر أوائل نهاية بداية منتصف");
export const EN_DATE_PREPS = new Set("in since on during by until of".split(" "));

/** Person cues: titles and roles (definite forms and idafa heads). */
export const AR_PERSON_TITLES = N(
  "الجنرال الفتى الفتاة الطالب الطالبة الرئيس الرئيسة الوزير الوزيرة الصحفي الصحفية الصحافي الصحافية الباحث الباحثة الخبير الخبيرة الدبلوماسي الدبلوماسية " +
    "المتحدث المتحدثة الناطق الناطقة السفير السفيرة الملك الملكة الأمير الأميرة الشيخ المحلل المحللة الكاتب الكاتبة الأستاذ الأستاذة " +
    "الدكتور الدكتورة البروفيسور المستشار المستشارة القائد العقيد اللواء العميد الفريق المشير النائب النائبة السيناتور المدير المديرة " +
    "المراسل المراسلة المؤرخ الفيلسوف العالم الشاعر الشاعرة الروائي الروائية المؤلف الأديب الفنان الفنانة المخرج المدرب اللاعب الزعيم " +
    "المبعوث المفوض الحاكم المرشد الإمام القاضي المحامي المحامية الناشط الناشطة المعارض السلطان الخليفة الأمين الاقتصادي المفكر " +
    "الرائد النقيب المقدم الملازم البابا الكاردينال المطران الرحالة المستكشف الطبيب الطبيبة المهندس المغني المغنية الممثل الممثلة " +
    "العالمة المؤرخة الفقيه القس الحاخام المؤسس الجراح المستشرق المستشرقة المترجم العلامة الرحالة الفيزيائي الكيميائي الفلكي الطبيب الصحابي الخليفة القيصر الإمبراطور الإمبراطورة الملكة",
);
/** Idafa heads: "وزير الخارجية الأمريكي X", "رئيس الوزراء X". */
export const AR_PERSON_HEADS = N(
  "رجل ولي ملك ملكة أمير أميرة سلطان شيخ وزير وزيرة رئيس رئيسة مدير مديرة سفير سفيرة قائد زعيم أمين مستشار مستشارة مبعوث نائب نائبة متحدث متحدثة ناطق ناطقة مؤسس عميد محافظ حاكم أستاذ أستاذة مراسل مراسلة",
);
/** Nouns that may follow a title but are not a name (the phrase continues as a description). */
export const AR_NOT_NAME = N(
  "في من إلى الى على عن أن إن ان مع بعد قبل منذ حتى خلال عند لدى بين ضد حول نحو عبر الذي التي الذين اللذين ما لا لم لن قد كان كانت يكون " +
    "هو هي هم هما و أو او ثم كما أيضا لكن بل أنه إنه أنها إنها اليوم أمس غدا يوم أمام وراء فوق تحت دون غير سوى كل بعض جميع عدة عدد " +
    "ذلك هذا هذه تلك هؤلاء الذي السابق الحالي الجديد بأن بان لأن لان وإن وان فإن فان حين حيث إذ إذا اذا لدى لقد وقد فقد " +
    "مدير رئيس وزير عضو نائب مسؤول أستاذ سابق سابقا حاليا يوم عام سنة شهر أسبوع باسم لصالح ضمن إثر اثر وسط بشأن خصوصا وخصوصا فقط تقريبا نفسها نفسه ايضا جدا كذلك " +
    "فيه فيها فيهم عليه عليها عليهم منه منها منهم له لها لهم به بها بهم عنه عنها عنهم إليه اليه إليها اليها معه معها",
);
export const AR_SPEECH_VERBS = N(
  "قال قالت يقول تقول أكد أكدت يؤكد تؤكد صرح صرحت يصرح تصرح أضاف أضافت يضيف تضيف أوضح أوضحت يوضح توضح أشار أشارت يشير تشير " +
    "يرى ترى رأى رأت كتب كتبت يكتب تكتب اعتبر اعتبرت يعتبر تعتبر حذر حذرت يحذر تحذر أعلن أعلنت يعلن تعلن يعتقد تعتقد اعتقد " +
    "شدد شددت يشدد تشدد وصف وصفت يصف تصف تساءل لفت لفتت يلفت نفى نفت ينفي أفاد أفادت يفيد ذكر ذكرت يذكر تذكر أبلغ أبلغت " +
    "مضيفا مضيفة موضحا موضحة قائلا قائلة مشيرا مشيرة معتبرا معتبرة مؤكدا مؤكدة مشددا مشددة لافتا لافتة محذرا محذرة",
);
export const EN_SPEECH_VERBS = new Set(
  "said says told tells added adds stated states argued argues wrote writes warned warns noted notes explained explains insisted insists claimed claims declared declares asked asks believes believed thinks thought suggested suggests observed observes remarked remarks admitted admits announced announces".split(
    " ",
  ),
);

/** Organisation cues: the cue and following definite words / a quoted name form the organisation. */
export const AR_ORG_CUES = N(
  "صحيفة جريدة مجلة وكالة قناة موقع إذاعة جهاز وزارة جماعة حركة منظمة المحكمة محكمة مجلس المجلس حزب الحزب شركة جامعة الجامعة " +
    "بنك البنك صندوق الصندوق هيئة الهيئة مديرية مركز معهد الاتحاد اتحاد تنظيم التنظيم تحالف التحالف لجنة اللجنة مؤسسة مجموعة مجموعات " +
    "البرلمان برلمان الجيش جيش مصرف المصرف ائتلاف الائتلاف رابطة الرابطة نقابة النقابة أكاديمية الأكاديمية الأمم المنظمة الوكالة الشركة",
);
/** Definite cues that name an organisation only together with a modifier. */
export const AR_OUTLET_CUES = N("صحيفة جريدة مجلة وكالة قناة موقع إذاعة");
export const AR_GROUP_CUES = N("جماعة حركة منظمة حزب تنظيم تحالف مجموعة مجموعات ائتلاف جماعات حركات منظمات");
export const AR_PLACE_CUES = N(
  "العاصمة عاصمة مدينة المدينة بلدة البلدة قرية القرية ولاية الولاية منطقة المنطقة إقليم الإقليم محافظة المحافظة جزيرة الجزيرة نهر النهر جبل الجبل بحيرة البحيرة مخيم المخيم حي الحي مقاطعة المقاطعة",
);
/** Generic gazetteer of countries and continents (Arabic). */
export const AR_COUNTRIES = N(
  "مصر السعودية الإمارات الكويت قطر البحرين عمان اليمن العراق سوريا سورية لبنان الأردن فلسطين إسرائيل تركيا إيران أفغانستان باكستان الهند الصين اليابان " +
    "روسيا أوكرانيا فرنسا ألمانيا بريطانيا إيطاليا إسبانيا البرتغال هولندا بلجيكا سويسرا النمسا السويد النرويج الدنمارك فنلندا بولندا اليونان " +
    "المغرب الجزائر تونس ليبيا السودان موريتانيا مالي النيجر تشاد نيجيريا السنغال إثيوبيا الصومال كينيا أوغندا رواندا الكونغو الكاميرون غانا " +
    "أمريكا أميركا كندا المكسيك البرازيل الأرجنتين تشيلي كولومبيا فنزويلا كوبا أستراليا إندونيسيا ماليزيا الفلبين فيتنام تايلاند كوريا " +
    "أفريقيا إفريقيا أوروبا آسيا أستراليا غينيا بنين توغو زامبيا أنغولا موزمبيق تنزانيا إريتريا جيبوتي أذربيجان أرمينيا جورجيا كازاخستان أوزبكستان",
);
export const AR_COUNTRIES_2: Set<string> = new Set(
  "الولايات_المتحدة المملكة_المتحدة كوريا_الجنوبية كوريا_الشمالية جنوب_أفريقيا جنوب_السودان ساحل_العاج بوركينا_فاسو الشرق_الأوسط شمال_أفريقيا غرب_أفريقيا شرق_أفريقيا"
    .split(" ")
    .map((w) => normalizeForMatch(w.replace(/_/gu, " "))),
);

/** Sentence-initial words that need an antecedent (unresolved pronoun / connective). */
export const AR_BAD_STARTS = N(
  "هو هي هم هما هن ذلك هذا هذه تلك هؤلاء أولئك لكن لكنه لكنها ولكن غير بذلك لذلك لذا ومع إلا بيد إنه إنها أنه أنها عليه وعليه وهو وهي وهذا وهذه وذلك ولذلك",
);
export const EN_BAD_STARTS = new Set(
  "he she it they this that these those however but also his her its their him them meanwhile moreover furthermore nevertheless nonetheless yet thus therefore hence then instead still such both and or so".split(
    " ",
  ),
);

export const EN_ROLE_CUES = new Set(
  "president minister general journalist researcher expert diplomat spokesman spokeswoman spokesperson director professor chief leader ambassador analyst senator governor secretary chancellor king queen prince princess commander officer economist historian author writer scientist ceo founder chairman chairwoman chair mayor judge lawyer activist correspondent reporter editor coach player poet philosopher physicist mathematician painter novelist envoy general colonel admiral lieutenant sheikh emir sultan caliph pope cardinal bishop explorer traveller traveler scholar astronomer physician engineer architect composer singer actor actress director producer fisherman farmer teacher doctor nurse soldier captain pilot businessman businesswoman entrepreneur investor banker priest monk artist musician sculptor photographer designer chef athlete footballer striker goalkeeper manager official adviser advisor aide inventor biologist chemist geologist archaeologist linguist anthropologist sociologist psychologist politician lawmaker legislator congressman congresswoman candidate campaigner administrator commissioner curator filmmaker novelist playwright".split(
    " ",
  ),
);
export const EN_TITLES = new Set(
  "secretary speaker leader chairman chairwoman commissioner administrator director chief ceo mr mrs ms dr prof sir dame gen lt col sgt capt president general king queen prince princess sheikh emir pope saint st lord lady senator sen rep governor gov mayor judge chancellor minister ambassador".split(
    " ",
  ),
);

export const AR_WORD_NUMBERS: Map<string, number> = new Map();
[
  ["اثنين اثنان اثنتين اثنتان", 2],
  ["ثلاثة ثلاث", 3],
  ["أربعة أربع", 4],
  ["خمسة خمس", 5],
  ["ستة ست", 6],
  ["سبعة سبع", 7],
  ["ثمانية ثماني ثمان", 8],
  ["تسعة تسع", 9],
  ["عشرة عشر", 10],
].forEach(([l, v]) => (l as string).split(" ").forEach((w) => AR_WORD_NUMBERS.set(normalizeForMatch(w), v as number)));
export const EN_WORD_NUMBERS: Map<string, number> = new Map(
  "two three four five six seven eight nine ten eleven twelve".split(" ").map((w, i) => [w, i + 2] as [string, number]),
);

export const AR_UNITS = N(
  "ألف ألفا آلاف مليون مليونا ملايين مليار مليارا مليارات تريليون تريليونا دولار دولارا دولارات يورو جنيه جنيها ريال ريالا درهم درهما دينار دينارا ليرة " +
    "كيلومتر كيلومترا كيلومترات كلم كم متر مترا أمتار سنتيمتر ميلا ميل طن طنا أطنان كيلوغرام كيلوغراما كغ غرام برميل برميلا ميغاواط " +
    "سنة سنوات عام عاما أعوام يوم يوما أيام شهر شهرا أشهر أسبوع أسبوعا أسابيع ساعة ساعات دقيقة دقائق ثانية ثوان قرن قرون درجة درجات",
);
/** Units that are "scale words": the number keeps them and may add a following unit. */
export const AR_SCALE = N("ألف ألفا آلاف مليون مليونا ملايين مليار مليارا مليارات تريليون تريليونا");
export const EN_UNITS = new Set(
  "metres meters metre meter kilometres kilometers kilometre kilometer km miles mile kilograms kilogram kg grams tonnes tons tonne ton kelvin degrees years year months month weeks week days day hours hour minutes minute seconds second nanometres nanometers centimetres centimeters feet foot inches barrels megawatts gigawatts light-years votes seats people".split(
    " ",
  ),
);
export const AR_PERCENT_WORDS = N("بالمئة بالمائة %");

/** Nouns that introduce a quoted proper name: عملية "X", the book "X". */
export const NAMING_HEADS = new Set([
  ...N(
    "مفهوم هرمون مرض عملية مشروع خطة برنامج مبادرة اتفاق اتفاقية قانون كتاب رواية فيلم مسلسل مسرحية قصيدة أغنية ديوان حملة مؤتمر منتدى قمة مهرجان جائزة سفينة صاروخ طائرة مهمة مناورات مناورة شعار لقب اسم مصطلح نظرية وثيقة تقرير إعلان معاهدة ميثاق حزب حركة جماعة تنظيم مجموعة مجموعات منظمة صحيفة مجلة قناة وكالة موقع شركة",
  ),
  ..."operation project plan program programme initiative agreement treaty law act book novel film movie series play poem song album campaign conference summit festival award prize ship mission doctrine report declaration term word concept phrase slogan motto nickname nicknamed title name".split(
    " ",
  ),
  "outlet",
  "group",
  "called",
  "named",
  "dubbed",
  "titled",
  "entitled",
]);

/**
 * Common given names (Arabic, and foreign ones as Arabic news spells them). An Arabic "name" found after a role word
 * («الفريق رصد النجم», «الصحفي عقب المباراة») is taken for a person only when it opens with one of these, is a speaker,
 * or recurs in the article. General knowledge, not facts of any article.
 */
export const AR_GIVEN_NAMES = N(`
محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد خليل إبراهيم ابراهيم إسماعيل اسماعيل يوسف يونس يحيى يعقوب موسى عيسى
داود سليمان سليم سالم سعيد سعد سعود سلطان سلمان فهد فيصل فؤاد فريد فارس فادي فراس فتحي فاروق فايز كمال كريم كامل
جمال جميل جلال جابر جاسم جعفر جواد حمد حمدي حامد حمزة حازم حسام حسني حكيم حميد حبيب حارث حاتم حافظ حيدر خليفة خضر
رامي رامز رشيد رضا رائد راشد رياض رفيق رمضان زياد زيد زكي زكريا زهير سامي سامر سمير سيف سهيل شريف شوقي شادي صالح صلاح
صابر صبري صادق صفوان طارق طلال طه ظافر عادل عاطف عامر عبد عبدالله عبدالرحمن عبدالعزيز عدنان عزيز عصام عماد عمرو عوض
غسان غازي قاسم قيس كاظم لؤي ماجد مازن مالك مأمون مجدي مراد مروان مسعود منصور منير مهدي ناصر نبيل نادر نزار نصر نعيم
نور نوري هاني هشام هيثم وائل وليد وسيم وجدي ياسر ياسين يزيد أسامة اسامة أنس انس أيمن ايمن أكرم اكرم أمين امين أنور
أشرف اشرف إياد اياد إلياس الياس إدريس ادريس أيوب ايوب بدر بسام بشير بشار بكر بلال توفيق تامر تركي ثامر جورج جبران
ميشال ميشيل إيلي ايلي بيار بطرس حنا نجيب نديم نبيه وديع ريمون
فاطمة عائشة خديجة مريم زينب سارة ليلى ليلي هدى هند نور نورا نوال نادية ناديا سعاد سلمى سلوى سميرة سناء سهى سهام
رنا رانيا ريم رشا رحاب رباب رقية رزان زهرة زهراء أمل امل أميرة اميرة أسماء اسماء آمنة امنة إيمان ايمان آلاء الاء
بشرى جميلة حنان حياة حليمة خلود دعاء دينا ديما رغد روان ريما سلام سمر سماح شيماء صفاء عبير علياء غادة فرح فدوى
لبنى لمى لينا ماجدة مها منى منال ميساء ميار نجلاء نسرين نهى نوف هبة هالة هيفاء وفاء ياسمين يسرى ضحى أسيل اسيل
جون جيمس جورج ديفيد دافيد مايكل مايك روبرت ريتشارد توماس توم ويليام وليام بيتر بيير جان جاك ميشيل فرانسوا إيمانويل
ايمانويل نيكولا نيكولاس أندرو اندرو أندريه اندريه أنطونيو انطونيو كارلوس خوان خوسيه لويس ماريو ماركو مارك ماركوس
بول باول فيليب كريستوفر كريستيان دانيال دانييل ستيفن ستيفان سيرغي سيرجي فلاديمير ديمتري إيفان ايفان أليكسي أولاف
كلاوس هانز فريدريش أرنست ارنست إرنست ألكسندر الكسندر أليكس ماري ماريا آنا انا آن صوفي صوفيا إليزابيث اليزابيث
كاثرين كاترين جوليا جولي لورا لوران غيوم إيما ايما سارا كلير إميلي اميلي هيلين هيلينا إيزابيل ايزابيل أنجيلا
كامالا دونالد جو باراك هيلاري بوريس ريشي كير أنتوني انتوني رودولفو أوليفر اوليفر هاري ماثيو مارتن مارتين
`);
