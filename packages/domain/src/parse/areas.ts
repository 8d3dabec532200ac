// Groups tasks into areas: the document's own top-level headings when it has them, otherwise
// the areas its preamble declares, filled in order. Without headings the order of tasks is
// kept and each declared area takes a contiguous run of tasks: the runs that best fit the
// areas' names and themes (dynamic programming over the split points). Such areas are `inferred`.

import type { Area } from "../models/area.js";
import type { Declared } from "../models/plan.js";
import { TOPICS } from "./topics.js";

export interface TaskText {
  readonly id: string;
  readonly title: string;
  readonly body: string;
}

// Guarantee sections close a plan: 保障措施, 组织保障, 组织领导, 强化保障. Not 民生保障 or 要素保障,
// which are areas of work.
const GUARANTEE =
  /保障措施|组织保障|組織保障|工作保障|组织领导|組織領導|组织实施|組織實施|^(?:[一二三四五六七八九十\d]+[个個项項大])?(?:加强|加強|强化|強化)?(?:[一二三四五六七八九十\d]+[个個项項大])?保障$/;

/** Areas the document names itself (top-level headings, an area column), in order of first appearance. */
export const areasFromTasks = (tasks: readonly { id: string; area: string | null }[]): Area[] => {
  const byName = new Map<string, Area>();
  for (const task of tasks) {
    if (task.area === null) continue;
    let area = byName.get(task.area);
    if (!area) {
      area = { name: task.area, kind: GUARANTEE.test(task.area) ? "guarantee" : "focus", tasks: [], inferred: false };
      byName.set(task.area, area);
    }
    area.tasks.push(task.id);
  }
  return [...byName.values()];
};

/** Areas declared by the preamble, with tasks assigned by ordered inference. */
export const inferAreas = (declared: Declared, tasks: readonly TaskText[]): Area[] => {
  const names = declared.areas;
  if (!names || names.length === 0 || tasks.length === 0) return [];
  const guarantees = declared.guarantees ?? 0;
  // Declared guarantees close the plan (强化三个保障 follows the focus areas).
  const guaranteeCount = guarantees > 0 && tasks.length > guarantees ? guarantees : 0;
  const focusTasks = tasks.slice(0, tasks.length - guaranteeCount);
  const runs = splitInOrder(affinities(focusTasks, names), names.length);
  const areas: Area[] = names.map((name, i) => ({
    name,
    kind: "focus",
    tasks: focusTasks.slice(runs[i]!, runs[i + 1]!).map((t) => t.id),
    inferred: true,
  }));
  if (guaranteeCount > 0) {
    areas.push({ name: "保障", kind: "guarantee", tasks: tasks.slice(-guaranteeCount).map((t) => t.id), inferred: true });
  }
  return areas;
};

// Theme words by their first UTF-16 code, built once: scanning a text then costs one look-up per character.
const THEME_WORDS = new Map<number, { word: string; topic: number }[]>();
/** 1 where a theme word starts with that code: most characters are passed over on one array read. */
const THEME_START = new Uint8Array(65536);
for (const [i, topic] of TOPICS.entries()) {
  for (const word of topic.words) {
    const code = word.charCodeAt(0);
    THEME_WORDS.set(code, [...(THEME_WORDS.get(code) ?? []), { word, topic: i }]);
    THEME_START[code] = 1;
  }
}

/** Adds `weight` to counts[topic] for each theme word found in the text. */
const countThemes = (text: string, weight: number, counts: number[]) => {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (THEME_START[code] === 0) continue;
    for (const { word, topic } of THEME_WORDS.get(code)!) if (text.startsWith(word, i)) counts[topic]! += weight;
  }
};

const occurrences = (text: string, word: string): number => {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
};

/**
 * How much each task speaks of each area: occurrences of the area's own name and of the words
 * of the themes that name matches, the title counting triple, plus the characters the title
 * shares with the name.
 */
const affinities = (tasks: readonly TaskText[], names: readonly string[]): number[][] => {
  const themesOf = names.map((name) => TOPICS.flatMap((topic, i) => (topic.area.test(name) ? [i] : [])));
  const rarity = charRarity(tasks.map((t) => t.title));
  const nameChars = names.map((name) => [...new Set(name)]);
  return tasks.map((task) => {
    const counts = new Array<number>(TOPICS.length).fill(0);
    countThemes(task.title, 3, counts);
    countThemes(task.body, 1, counts);
    return names.map((name, a) => 3 * occurrences(task.title, name) + occurrences(task.body, name) + themesOf[a]!.reduce((sum, t) => sum + counts[t]!, 0) + echo(task.title, nameChars[a]!, rarity));
  });
};

/** log(N / titles containing c) for every character of the titles: rare characters say more. */
const charRarity = (titles: readonly string[]): Map<string, number> => {
  const df = new Map<string, number>();
  for (const title of titles) for (const ch of new Set(title)) df.set(ch, (df.get(ch) ?? 0) + 1);
  return new Map([...df].map(([ch, n]) => [ch, Math.log(titles.length / n)]));
};

/** Titles often echo their area's name (产城融合发展 under 产业发展): the rarity of the characters they share. */
const echo = (title: string, areaChars: readonly string[], rarity: ReadonlyMap<string, number>): number => {
  let sum = 0;
  for (const ch of areaChars) if (title.includes(ch)) sum += rarity.get(ch) ?? 0;
  return sum;
};

/**
 * Split points that cut `scores` (task × area) into `areas` contiguous runs, one per area in
 * order, maximising the sum of each task's normalised score for its area. Every area gets at
 * least one task when there are enough. Returns areas + 1 boundaries.
 */
export const splitInOrder = (scores: readonly (readonly number[])[], areas: number): number[] => {
  const n = scores.length;
  const share = scores.map((row) => {
    const total = row.reduce((a, b) => a + b, 0);
    return row.map((s) => (total === 0 ? 0 : s / total));
  });
  const minRun = n >= areas ? 1 : 0;
  // best[a][i]: best total placing the first i tasks into the first a areas.
  const best: number[][] = Array.from({ length: areas + 1 }, () => new Array<number>(n + 1).fill(-Infinity));
  const from: number[][] = Array.from({ length: areas + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  const prefix = Array.from({ length: areas }, (_, a) => {
    const sums = [0];
    for (let i = 0; i < n; i++) sums.push(sums[i]! + share[i]![a]!);
    return sums;
  });
  // best[a][i] = max over j ≤ i - minRun of best[a-1][j] + sum(a, j..i): keep the running max
  // of best[a-1][j] - prefix[j], so the whole table costs areas × tasks. On a tie the later
  // split wins: a task that speaks of no area stays with the one before it.
  for (let a = 1; a <= areas; a++) {
    const sums = prefix[a - 1]!;
    let runningMax = -Infinity;
    let runningFrom = 0;
    for (let i = 0; i <= n; i++) {
      const j = i - minRun;
      if (j >= 0 && best[a - 1]![j]! !== -Infinity && best[a - 1]![j]! - sums[j]! >= runningMax) {
        runningMax = best[a - 1]![j]! - sums[j]!;
        runningFrom = j;
      }
      if (runningMax === -Infinity) continue;
      best[a]![i] = runningMax + sums[i]!;
      from[a]![i] = runningFrom;
    }
  }
  const bounds = [n];
  for (let a = areas, i = n; a > 0; a--) {
    i = from[a]![i]!;
    bounds.unshift(i);
  }
  return bounds;
};
