// Units of measure that make a number a target, in both scripts. A target reports its unit as
// printed, less a leading classifier (个工作日 → 工作日, 個百分點 → 百分點). "time" units count
// only as limits (压缩至1个工作日以内); classifiers after a Chinese numeral are mostly slogans (三个着力).

export interface Measure {
  readonly printed: string;
  readonly unit: string;
  readonly time: boolean;
  readonly classifier: boolean;
}

const COUNTS = "座 家 所 套 户 戶 亩 畝 吨 噸 台 臺 辆 輛 处 處 条 條 张 張 间 間 床 株 头 頭 艘 架 名 位 米 元 人 人次 美元 公里 千米 平方公里 平方米 立方米 公顷 公頃 千瓦 千瓦时 千瓦時 兆瓦 公斤 千克 百分点 百分點 个百分点 個百分點 % ‰";
const CLASSIFIERS = "个 個 项 項";
const TIMES = "个工作日 個工作日 工作日 个月 個月 小时 小時 分钟 分鐘 天 日 年";

const build = (list: string, kind: "count" | "classifier" | "time"): Measure[] =>
  list.split(" ").map((printed) => ({
    printed,
    unit: printed.length > 1 ? printed.replace(/^[个個]/, "") : printed,
    time: kind === "time",
    classifier: kind === "classifier",
  }));

const MEASURES: readonly Measure[] = [...build(COUNTS, "count"), ...build(CLASSIFIERS, "classifier"), ...build(TIMES, "time")].sort(
  (a, b) => b.printed.length - a.printed.length,
);

/** The unit of measure printed at `at` of a folded text, if any. */
export const measureAt = (folded: string, at: number): Measure | null => {
  for (const measure of MEASURES) if (folded.startsWith(measure.printed, at)) return measure;
  return null;
};
