// The ranking of lead units in a 通报. Each unit is judged on the tasks it leads:
//   1. the share of them on time (achieved or on track), higher first;
//   2. then fewer not reported (未报送 is worse than reporting a delay);
//   3. then fewer late (at risk, behind or overdue);
//   4. then by name in Chinese collation (pinyin), so the order never depends on input order.
// Units equal on 1–3 share a rank (1, 2, 2, 4).

import type { PlanStatus } from "../models/status.js";
import type { UnitRank } from "./model.js";

const byName = new Intl.Collator("zh-CN").compare;

/** The lead units of a plan ranked by how their tasks stand (see the top of this file). */
export const rankUnits = (status: PlanStatus): UnitRank[] => {
  const lines = status.byUnit
    .filter((u) => u.role === "lead" && u.total > 0)
    .map((u) => {
      const onTime = u.counts.achieved + u.counts["on-track"];
      const notReported = u.counts["not-reported"];
      return { unit: u.key, tasks: u.total, onTime, late: u.total - onTime - notReported, notReported, share: onTime / u.total };
    });
  const figures = (a: (typeof lines)[number], b: (typeof lines)[number]) => b.share - a.share || a.notReported - b.notReported || a.late - b.late;
  lines.sort((a, b) => figures(a, b) || byName(a.unit, b.unit));
  let rank = 0;
  return lines.map((line, i) => {
    if (i === 0 || figures(lines[i - 1]!, line) !== 0) rank = i + 1;
    return { rank, ...line };
  });
};
