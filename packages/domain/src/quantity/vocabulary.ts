// The words of a quantity as people write it, kept as data: scale words and their powers of ten,
// and spellings of one measure that name the same thing (千米 is 公里, 個百分點 is 百分点).

/** Scale words that may follow an Arabic number, longest first so 千万 wins over 千. */
export const SCALE_WORDS: readonly (readonly [word: string, exponent: number])[] = [
  ["万亿", 12],
  ["萬億", 12],
  ["千万", 7],
  ["千萬", 7],
  ["百万", 6],
  ["百萬", 6],
  ["十万", 5],
  ["十萬", 5],
  ["亿", 8],
  ["億", 8],
  ["万", 4],
  ["萬", 4],
  ["千", 3],
  ["百", 2],
  ["十", 1],
];

/**
 * Other spellings of a measure, each mapped to the spelling targets are stored in. Only true
 * synonyms: 米 and 公里 measure the same thing but differ by a factor, and a factor is not a
 * spelling, so they stay apart (and a report in 米 for a target in 公里 is refused, not converted).
 */
export const MEASURE_SYNONYMS: Readonly<Record<string, string>> = {
  千米: "公里",
  平方千米: "平方公里",
  公頃: "公顷",
  千克: "公斤",
  畝: "亩",
  噸: "吨",
  戶: "户",
  臺: "台",
  輛: "辆",
  處: "处",
  條: "条",
  張: "张",
  間: "间",
  頭: "头",
  千瓦時: "千瓦时",
  度: "千瓦时",
  個: "个",
  項: "项",
  場: "场",
  棟: "栋",
  筆: "笔",
  冊: "册",
  場次: "场次",
  門: "门",
  百分點: "百分点",
  个百分点: "百分点",
  個百分點: "百分点",
  个工作日: "工作日",
  個工作日: "工作日",
  個月: "个月",
  小時: "小时",
  分鐘: "分钟",
  人民币: "元",
  块: "元",
};

/** Measures that are shares of a whole: never given a scale word when printed (85%, not 0.0085万%). */
export const SHARE_MEASURES: ReadonlySet<string> = new Set(["%", "‰", "百分点"]);
