// The narrative of a 通报 (总体情况 / 存在问题 / 下步要求), generated from its figures so that the
// words never disagree with the tables. At most MAX_NAMED names are written out, then "等N个".

import { dateLabel, periodLabel } from "../reminder-notice/words.js";
import type { Bulletin, BulletinNarrative } from "./model.js";
import { percent, points } from "./percent.js";
import { STATUS_LABEL, STATUS_ORDER } from "./status-light.js";

const MAX_NAMED = 5;
const listed = (names: readonly string[], measure: string) => (names.length <= MAX_NAMED ? names.join("\u3001") : `${names.slice(0, MAX_NAMED).join("\u3001")}等${names.length}${measure}`);

// Ahead of or behind 序时进度 by so many points; level when the points print as 0.
const against = (completion: number, elapsed: number): string => {
  const gap = points(completion, elapsed);
  return gap === "0" ? "与序时进度持平" : `${completion > elapsed ? "快于" : "慢于"}序时进度${gap}个百分点`;
};

/** The three paragraphs of the narrative, from a bulletin's figures. */
export const narrative = (b: Omit<Bulletin, "narrative">, owing: readonly string[]): BulletinNarrative => {
  const { summary: s } = b;
  const counts = STATUS_ORDER.map((st) => `${STATUS_LABEL[st]}${s.counts[st]}项`).join("\uFF0C");
  const completion = s.targets > 0 ? `${s.targets}项量化指标平均完成率${percent(s.completion)}` : "计划没有量化指标";
  const pace = s.timeElapsed === null || s.targets === 0 ? "" : `\uFF0C序时进度${percent(s.timeElapsed)}\uFF0C${against(s.completion, s.timeElapsed)}`;
  const overall = `截至${dateLabel(b.asOf)}\uFF0C${b.title}共${s.tasks}项任务\uFF0C其中${counts}\u3002${completion}${pace}\uFF1B任务完成率${percent(s.tasksAchieved)}${s.closed > 0 ? `\uFF0C已办结${s.closed}项` : ""}\u3002`;

  const leads = [...new Set(b.named.flatMap((t) => t.lead))];
  const problems = [
    ...(b.named.length > 0 ? [`${b.named.length}项任务进度滞后或逾期未完成\uFF0C涉及${listed(leads, "个牵头单位")}`] : []),
    ...(s.counts["at-risk"] > 0 ? [`${s.counts["at-risk"]}项任务存在不能按期完成的风险`] : []),
    ...(owing.length > 0 ? [`${listed(owing, "个单位")}未按期报送${b.period ? periodLabel(b.period) : "本期"}进展情况`] : []),
    ...(b.returned.length > 0 ? [`${b.returned.length}份进展报告不符合要求被退回`] : []),
  ];
  const next = [
    ...(b.named.length > 0 ? [`请${listed(leads, "个牵头单位")}对点名任务逐项分析原因\uFF0C明确整改措施和完成时限\uFF0C在下期报送中说明整改情况`] : []),
    ...(owing.length > 0 ? ["请未报送单位立即补报"] : []),
    ...(b.returned.length > 0 ? ["被退回报告的单位按退回意见修改后重新报送"] : []),
    "各牵头单位要对照序时进度加快推进\uFF0C确保全年目标任务按期完成",
  ];
  return {
    overall,
    problems: problems.length > 0 ? `${problems.join("\uFF1B")}\u3002` : "各项任务均按序时推进\uFF0C未发现突出问题\u3002",
    next: `${next.join("\uFF1B")}\u3002`,
  };
};
