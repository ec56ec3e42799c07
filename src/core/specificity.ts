// How specific an assignment is: homework is done more often when the client knows what
// to do, when, where and for how long. A rough, multilingual
// word check that only *points out* what may still be vague; it never blocks sending.
// Pure and DOM-free.

export const SPECIFICITY_ASPECTS = ['what', 'when', 'where', 'howLong'] as const;
export type SpecificityAspect = (typeof SPECIFICITY_ASPECTS)[number];

export interface SpecificityInput {
  title?: string;
  instructions?: string;
  note?: string;
  dueDate?: string;
}

/** Fewer words than this in the instructions and title reads as "what" still vague. */
const MIN_WORDS_FOR_WHAT = 5;

// Word lists in the six shipped languages (en, es, fr, ar, zh-Hans, hi). Matched on word
// starts for alphabetic scripts and anywhere for Chinese, which has no spaces.
// prettier-ignore
const WHEN_WORDS = [
  // en
  'today', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'daily', 'every', 'each',
  'after', 'before', 'when ', 'whenever', 'during', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'week', 'lunch', 'breakfast', 'dinner', 'bedtime', "o'clock",
  // es
  'hoy', 'mañana', 'tarde', 'noche', 'cada', 'todos los días', 'después', 'antes', 'cuando', 'durante',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'semana', 'almuerzo', 'cena',
  // fr
  "aujourd'hui", 'demain', 'matin', 'soir', 'chaque', 'tous les jours', 'après', 'avant', 'quand', 'pendant',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'semaine', 'déjeuner', 'dîner',
  // ar
  'اليوم', 'غدا', 'غدًا', 'صباح', 'مساء', 'ليلة', 'كل يوم', 'يوميا', 'بعد', 'قبل', 'عندما', 'أثناء', 'الأسبوع',
  // zh-Hans
  '今天', '明天', '早上', '上午', '下午', '晚上', '每天', '每次', '之后', '以后', '之前', '周', '星期',
  // hi
  'आज', 'कल', 'सुबह', 'शाम', 'रात', 'रोज़', 'रोज', 'हर दिन', 'बाद', 'पहले', 'जब', 'दौरान', 'हफ़्ते', 'सप्ताह',
];

// prettier-ignore
const WHERE_WORDS = [
  // en
  'home', 'work', 'office', 'school', 'class', 'bus', 'train', 'car', 'kitchen', 'bedroom', 'room', 'meeting',
  'shop', 'store', 'supermarket', 'park', 'outside', 'street', 'online', 'phone', 'gym', 'café', 'cafe',
  'where', 'place',
  // es
  'casa', 'trabajo', 'oficina', 'escuela', 'clase', 'autobús', 'tren', 'coche', 'cocina', 'habitación',
  'reunión', 'tienda', 'parque', 'calle', 'dónde', 'lugar',
  // fr
  'maison', 'travail', 'bureau', 'école', 'classe', 'bus', 'voiture', 'cuisine', 'chambre', 'réunion',
  'magasin', 'parc', 'dehors', 'rue', 'où', 'lieu',
  // ar
  'البيت', 'المنزل', 'العمل', 'المكتب', 'المدرسة', 'الحافلة', 'السيارة', 'المطبخ', 'الغرفة', 'الاجتماع',
  'المتجر', 'الحديقة', 'الشارع', 'أين', 'مكان',
  // zh-Hans
  '在家', '家里', '公司', '办公室', '学校', '课', '公交', '地铁', '车上', '厨房', '卧室', '房间', '会议', '商店', '超市', '公园', '外面', '街', '哪里',
  '地方',
  // hi
  'घर', 'काम', 'दफ़्तर', 'दफ्तर', 'स्कूल', 'बस', 'ट्रेन', 'रसोई', 'कमरे', 'बैठक', 'मीटिंग', 'दुकान', 'पार्क',
  'बाहर', 'कहाँ', 'जगह',
];

/** A number with a unit of time or repetition: "10 minutes", "3 times", "15 min", "两次". */
const DURATION_PATTERN = new RegExp(
  [
    String.raw`\d+\s*(min|minute|minutes|mins|hour|hours|hrs|h\b|times|x\b|days|weeks)`,
    String.raw`\d+\s*(minuto|minutos|hora|horas|veces|días|semanas)`,
    String.raw`\d+\s*(minute|minutes|heure|heures|fois|jours|semaines)`,
    String.raw`\d+\s*(دقيقة|دقائق|ساعة|ساعات|مرة|مرات|أيام)`,
    String.raw`[\d一二三四五六七八九十两]+\s*(分钟|小时|次|天|周)`,
    String.raw`\d+\s*(मिनट|घंटे|घंटा|बार|दिन|हफ़्ते)`,
  ].join('|'),
  'iu',
);

// prettier-ignore
const HOW_LONG_WORDS = [
  'once', 'twice', 'three times', 'a few minutes', 'half an hour', 'an hour', 'until', 'for a week', 'una vez',
  'dos veces', 'media hora', 'una hora', 'hasta', 'une fois', 'deux fois', 'une demi-heure', 'une heure',
  "jusqu'à", 'مرة واحدة', 'مرتين', 'نصف ساعة', 'حتى', '一次', '两次', '半小时', '一小时', '直到', 'एक बार', 'दो बार',
  'आधा घंटा', 'एक घंटा', 'तक',
];

/** Each aspect and whether it still reads as vague, in a fixed order. */
export type SpecificityReport = Record<SpecificityAspect, boolean>;

export function checkSpecificity(input: SpecificityInput): SpecificityReport {
  const body = normalise(`${input.title ?? ''} ${input.instructions ?? ''}`);
  const all = normalise(`${body} ${input.note ?? ''}`);
  return {
    what: wordCount(input.instructions ?? '') + wordCount(input.title ?? '') < MIN_WORDS_FOR_WHAT,
    when:
      !validDate(input.dueDate) && !mentions(all, WHEN_WORDS) && !/\d{1,2}[:.h]\d{2}|\d{1,2}\s*(am|pm)\b/i.test(all),
    where: !mentions(all, WHERE_WORDS),
    howLong: !DURATION_PATTERN.test(all) && !mentions(all, HOW_LONG_WORDS),
  };
}

/** The aspects that are still vague, in the order they are shown. */
export function vagueAspects(input: SpecificityInput): SpecificityAspect[] {
  const report = checkSpecificity(input);
  return SPECIFICITY_ASPECTS.filter((aspect) => report[aspect]);
}

function normalise(text: string): string {
  return ` ${text.toLocaleLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ')} `;
}

/** Words counted by the runtime's segmenter, so Chinese (no spaces) counts words too. */
function wordCount(text: string): number {
  if (typeof Intl.Segmenter === 'function') {
    let count = 0;
    for (const segment of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)) {
      if (segment.isWordLike) count++;
    }
    return count;
  }
  return text.split(/\s+/).filter(Boolean).length;
}

function mentions(text: string, words: readonly string[]): boolean {
  return words.some((word) => (isSpaceless(word) ? text.includes(word) : startsWord(text, word)));
}

/** Chinese is written without spaces: a word can sit anywhere in the text. */
function isSpaceless(word: string): boolean {
  return /\p{Script=Han}/u.test(word);
}

/** `word` at the start of a word (so "every" matches "everyday", "car" does not match "scared"). */
function startsWord(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    if (at === 0 || !/[\p{L}\p{M}\p{N}]/u.test(text[at - 1])) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

function validDate(value: string | undefined): boolean {
  return !!value && !Number.isNaN(Date.parse(value));
}
