// biome-ignore-all format: the word tables are written as rows of simplified/traditional pairs, several to a line
// The words work plans use to say who does what and by when, in both scripts, kept as data.
// Matchers are compiled from these lists (labels.ts, units.ts, table.ts); a word added here is
// understood in bracketed clauses, labelled lines and table headers alike.
// Everything is matched on folded text (full-width ASCII folded, see text/source.ts).

import type { UnitRole } from "../models/unit.js";

/** Role words that open a label (牵头单位) or end a part of an inline clause (X牵头). */
export const ROLE_LABEL_WORDS: Record<UnitRole, readonly string[]> = {
  lead: ["牵头", "牽頭", "主办", "主辦", "牵头责任", "牽頭責任", "主要责任", "主要責任"],
  support: [
    "配合", "协同", "協同", "参与", "參與", "协办", "協辦", "协助", "協助", "协作", "協作", "主要协作", "主要協作", "协同责任", "協同責任", "配合责任", "配合責任",
  ],
  responsible: ["责任", "責任", "主责", "主責", "承办", "承辦", "落实", "落實", "具体负责", "具體負責", "实施", "實施", "执行", "執行"],
};

/** What a role label names: 牵头单位, 责任部门, 主辦機關, 责任科室, 责任处室. */
export const UNIT_NOUNS = ["单位", "單位", "部门", "部門", "科室", "处室", "處室", "司局", "机关", "機關", "机构", "機構", "主体", "主體"];

/** Labels whose value is a whole inline clause with its own role verbs: 部门分工:X牵头,Y配合. */
export const DIVISION_LABELS = ["部门分工", "部門分工", "责任分工", "責任分工", "任务分工", "任務分工", "分工"];

/** Deadline fields and columns. */
export const DEADLINE_LABELS = [
  "完成时限", "完成時限", "时限", "時限", "时限要求", "時限要求", "完成时间", "完成時間", "时间节点", "時間節點",
  "完成期限", "时间要求", "時間要求", "完成时限要求", "完成時限要求", "办结时限", "辦結時限", "时间安排", "時間安排",
];

/** Labels and columns of people, notes and progress: never units, never targets. */
export const OTHER_LABELS = [
  "牵头负责领导", "牽頭負責領導", "责任领导", "責任領導", "分管领导", "分管領導", "牵头领导", "牽頭領導", "包保领导", "包保領導",
  "责任人", "責任人", "负责人", "負責人", "联系人", "聯繫人", "联系电话", "聯繫電話", "备注", "備註", "备考", "備考", "说明", "說明",
  "进展情况", "進展情況", "完成情况", "完成情況", "工作进展", "工作進展", "推进情况", "推進情況", "目前进展", "目前進展",
  "现状", "現狀", "工作基础", "工作基礎", "上年完成情况", "上年完成情況",
];
/** A label that ends so names people or progress, not units: 区级联系领导, 项目责任人, 实际完成情况. */
export const PEOPLE_ENDINGS = ["领导", "領導", "责任人", "責任人", "负责人", "負責人", "联系人", "聯繫人", "情况", "情況", "进展", "進展", "进度", "進度"];

/**
 * How a plan says that the first unit listed leads, by the shape of the statement: where a unit
 * stands (排在, 列), the first place (首位, 第一位), what stands there (的, 者, 单位), a copula
 * (为, 是) and a word of leading (排在第一位的为牵头单位, 列首位者为牵头单位); or the lead unit
 * and where it stands (牵头单位排在首位).
 */
export const FIRST_LISTED = {
  stands: ["排在", "列在", "排名", "排序", "列于", "列於", "排", "列"],
  first: ["首位", "第一位", "第一个", "第一個", "第一家", "第一名", "第一", "首个", "首個", "首家", "最前", "前面", "最前面"],
  what: ["的", "者", "单位", "單位", "部门", "部門", "的单位", "的單位", "的部门", "的部門", "位"],
  copulas: ["为", "為", "是", "系", "作为", "作為"],
};
export const LEAD_WORDS = ["牵头", "牽頭", "主办", "主辦", "主责", "主責"];

/** Role verbs that end a part of an inline clause: (X牵头,Y、Z配合), (X负责). Longer first. */
export const ROLE_VERBS: readonly (readonly [string, UnitRole])[] = [
  ["牵头负责", "lead"], ["牽頭負責", "lead"], ["牵头落实", "lead"], ["牽頭落實", "lead"], ["牵头", "lead"], ["牽頭", "lead"],
  ["主办", "lead"], ["主辦", "lead"],
  ["按职责分工负责", "support"], ["按職責分工負責", "support"], ["按职责分工落实", "support"], ["按職責分工落實", "support"],
  ["按职责负责", "support"], ["按職責負責", "support"], ["分工负责", "support"], ["分工負責", "support"],
  ["分别负责", "support"], ["分別負責", "support"], ["共同负责", "support"], ["共同負責", "support"],
  ["按照职责分工", "support"], ["按照職責分工", "support"], ["按职责分工", "support"], ["按職責分工", "support"],
  ["配合落实", "support"], ["配合落實", "support"], ["配合", "support"], ["参与", "support"], ["參與", "support"],
  ["协同", "support"], ["協同", "support"], ["协助", "support"], ["協助", "support"], ["协办", "support"], ["協辦", "support"],
  ["协作", "support"], ["協作", "support"],
  ["负责落实", "responsible"], ["負責落實", "responsible"], ["抓好落实", "responsible"], ["抓好落實", "responsible"],
  ["组织实施", "responsible"], ["組織實施", "responsible"], ["负责实施", "responsible"], ["負責實施", "responsible"],
  ["具体负责", "responsible"], ["具體負責", "responsible"], ["负责", "responsible"], ["負責", "responsible"],
  ["承担", "responsible"], ["承擔", "responsible"], ["落实", "responsible"], ["落實", "responsible"],
];

/** How a covering letter says what it sends, and the note that closes it: 关于印发…的通知, (此件公开发布). */
export const LETTER_WORDS = {
  openings: ["关于印发", "關於印發", "的通知"],
  notes: ["此件公开发布", "此件公開發布", "此件主动公开", "此件主動公開", "此件不公开", "此件不公開"],
};

/** Words before a number that refer to a part rather than begin one (第(二)部分, 见2.): no item begins after them. */
export const PART_REFERENCES = ["第", "见", "見", "按", "如", "至", "和", "及"];

/** The word that opens a statement of who does the work (由市发改委牵头,…; 由某副市长负责). */
export const BY_WHOM = ["由"];

/** Marks a table prints after a row's number, explained under it (1* 牵头工作, 2▲). */
export const ROW_MARKS = ["*", "\uFF0A", "\u25B2", "\u2605", "\u203B"];

/** Modal words, never part of a unit's name: 各地区各部门要切实负责 names no unit. */
export const MODAL_WORDS = ["要", "应", "應", "须", "須", "切实", "切實", "必须", "必須"];

/** Words that give what follows to each of the things counted before them, as they stand after the count's noun. */
export const DISTRIBUTIVE_PHRASES = ["均实现", "均實現", "均达到", "均達到", "均完成", "均增长", "均增長", "均提高", "均超过", "均超過", "都达到", "都達到", "都实现", "都實現", "分别", "分別", "各自"];

/** Marks printed before the lead unit's name in a list (▲发改局、财政局: 带▲的为牵头单位). */
export const LEAD_MARKS = ["\u25B2", "\u2605"];

/** Adverbs between a list of names and its role verb: X、Y分别牵头, X、Y共同负责. */
export const ROLE_ADVERBS = ["分别", "分別", "共同", "各自", "联合", "聯合", "一起", "具体", "具體"];

/**
 * Words after a unit list that stand for "and the others", trimmed from the last name: 等, then
 * optionally a level (省 市 区…), a group word (有关, 相关, 其他) and what they are (部门, 单位, 部门和单位).
 */
const ETC_LEVELS = ["", "省", "市", "区", "區", "县", "縣", "州", "乡镇", "鄉鎮"];
const ETC_GROUPS = ["", "有关", "有關", "相关", "相關", "其他", "其它", "各"];
const ETC_KINDS = ["部门", "部門", "单位", "單位", "部门和单位", "部門和單位", "部门单位", "部門單位", "机构", "機構"];
export const ETCETERA = [
  "等",
  ...ETC_LEVELS.flatMap((level) => ETC_GROUPS.flatMap((group) => ETC_KINDS.map((kind) => `等${level}${group}${kind}`))),
];


/**
 * How the name of an office ends: 局 委 厅 办 府 中心 科 处… A 及 or 和 splits two units only
 * where the name before it ends so (省文化和旅游厅 is one unit, 州委编办及州直相关单位 two),
 * and a bracket without a role word is a unit list only when every name in it ends so.
 */
export const UNIT_ENDINGS = [
  "局", "委", "厅", "廳", "办", "辦", "府", "会", "會", "部", "门", "門", "位", "中心", "室", "科", "处", "處", "院", "所",
  "队", "隊", "站", "行", "馆", "館", "司", "署", "社", "团", "團", "组", "組", "区", "區", "县", "縣", "市", "州", "镇", "鎮",
  "乡", "鄉", "街道", "公司", "关", "關", "班", "校", "台", "庭", "厂", "廠", "场", "場", "盟", "旗", "园", "園", "联", "聯", "协", "協", "股",
  "机关", "機關", "机构", "機構", "办事处", "辦事處", "管委会", "管委會", "政府", "法院", "检察院", "檢察院", "支队", "支隊", "大队", "大隊",
];

/**
 * Bodies that name no unit without the place before them: 各县(市、区)党委和人民政府 and
 * 高新区党工委和管委会 are one placeholder each, not two.
 */
export const BODIES = ["人民政府", "政府", "管委会", "管委會", "党委", "黨委", "党工委", "黨工委", "委员会", "委員會", "办事处", "辦事處"];

/** Words joining two units of a list: 州委编办及州直相关单位, 市财政局和市税务局, 市发改委会同市财政局. */
export const UNIT_CONJUNCTIONS = ["及", "和", "与", "與", "以及", "会同", "會同"];

/** Column headers of task tables, by what the column holds. */
export const HEADER_WORDS = {
  number: ["序号", "序號", "编号", "編號", "序", "任务编号", "任務編號", "no.", "no", "#"],
  area: ["领域", "領域", "类别", "類別", "重点领域", "重點領域", "板块", "板塊", "工作类别", "工作類別", "方面", "项目类别", "項目類別"],
  title: ["任务名称", "任務名稱", "标题", "標題", "事项", "事項", "工作事项", "工作事項", "项目名称", "項目名稱", "事项名称", "事項名稱"],
  task: [
    "工作任务", "工作任務", "主要任务", "主要任務", "重点任务", "重點任務", "具体任务", "具體任務", "任务内容", "任務內容", "工作内容", "工作內容",
    "任务", "任務", "工作措施", "主要措施", "重点工作", "重點工作", "具体措施", "具體措施", "任务举措", "任務舉措",
    "具体要求", "具體要求", "工作要求", "主要内容", "主要內容", "工作要点", "工作要點", "重点工作任务", "重點工作任務", "具体工作", "具體工作",
    "主要工作", "工作举措", "工作舉措", "重点事项", "重點事項", "任务要求", "任務要求", "实施内容", "實施內容",
  ],
  // What a task is to reach, and when, in words: read for targets and dated steps, never its title.
  goal: [
    "目标任务", "目標任務", "年度目标", "年度目標", "工作目标", "工作目標", "预期目标", "預期目標", "目标", "目標", "年度任务目标", "年度任務目標",
    "量化目标", "量化目標", "具体目标", "具體目標", "任务目标", "任務目標", "目标要求", "目標要求", "进度安排", "進度安排", "时序进度", "時序進度",
    "阶段目标", "階段目標", "节点安排", "節點安排", "时间进度", "時間進度", "推进计划", "推進計劃", "进度要求", "進度要求", "阶段性目标", "階段性目標",
  ],
} as const;

/** What a table cell says of progress or status (是/否, 已完成): never a unit, never a task. */
export const STATUS_CELLS = ["是", "否", "有", "无", "無", "√", "×", "✓", "✗", "已完成", "未完成", "完成", "进行中", "進行中", "推进中", "推進中", "正常", "滞后", "滯後"];

/** Posts and titles that make a name a person's, not a unit's: 张某(副区长), 李某 局长. */
export const PERSON_TITLES = [
  "书记", "書記", "副书记", "副書記", "市长", "市長", "区长", "區長", "县长", "縣長", "局长", "局長", "主任", "科长", "科長", "处长", "處長",
  "部长", "部長", "厅长", "廳長", "镇长", "鎮長", "乡长", "鄉長", "主席", "秘书长", "秘書長", "同志", "调研员", "調研員", "干部", "幹部",
];

/**
 * How column names end, for headers the lists above do not hold (计划完成时间, 民生实事, 实事项目):
 * checked in this order, so that 计划完成时间 is a deadline before 计划 could make it anything else,
 * and 攻坚目标任务 a goal before 任务 makes it a task.
 */
/** A column of yes or no (是否达标, 是否按期完成): progress, never a task's words. */
export const YES_NO_OPENERS = ["是否"];

export const HEADER_ENDINGS = {
  deadline: ["时限", "時限", "时间", "時間", "期限", "年限", "节点", "節點", "日期"],
  goal: ["目标", "目標", "目标任务", "目標任務", "目标值", "目標值", "指标值", "指標值", "效果", "成效"],
  task: ["任务", "任務", "工作", "措施", "举措", "舉措", "内容", "內容", "实事", "實事", "要求", "事项", "事項", "项目", "項目"],
  // 任务名称, 项目名称, 指标名称: the name of what is to be done, a title column.
  title: ["名称", "名稱"],
} as const;

/**
 * Words that open a clause of purpose or means (为进一步…, 按照…要求, 以…为目标): such a clause
 * does not name the work, so a task's title runs on to the next clause.
 */
export const PURPOSE_OPENERS = [
  "为了", "為了", "为", "為", "按照", "根据", "根據", "围绕", "圍繞", "紧紧围绕", "緊緊圍繞", "通过", "通過", "依托", "依據", "依据",
  "对照", "對照", "针对", "針對", "结合", "結合", "聚焦", "综合运用", "綜合運用", "运用", "運用", "利用", "借助", "依靠", "立足", "紧扣", "緊扣",
];

/** Adverbs that may stand before such an opener: 广泛运用, 充分利用. */
export const PURPOSE_ADVERBS = ["广泛", "廣泛", "充分", "积极", "積極", "更好", "更好地"];

/** Words that open a bracketed condition (不含6亩, 含县市区): quantities inside it set a scope, they are not targets. */
export const CONDITION_OPENERS = ["不含", "含", "不包括", "包括", "涉及", "限于", "限於", "仅限", "僅限"];

/** Words that open a condition, an example or a note, never a unit's name: (含县市区), (如市场主体). */
export const NOT_UNIT_OPENERS = [...CONDITION_OPENERS, "如", "即", "其中", "除", "详见", "詳見", "见", "見", "注"];

/**
 * Placeholders that stand for several units (有关设区市, 省有关部门和单位, 各县(市、区)人民政府,
 * 市直各部门): a group word at the start or after the level it covers, or a group opener.
 */
export const GROUP_WORDS = {
  words: ["各", "有关", "有關", "相关", "相關"],
  levels: "省市县縣区區州直级級",
  // Levels below the county that a shortened list names: 各乡、镇人民政府, 各街道.
  below: "乡鄉镇鎮街",
  openers: ["对口支援", "對口支援", "其他", "其它"],
};
/** Openers that make a purpose only with a word later in the clause: 以…为目标, 按…要求, 在…基础上. */
export const PURPOSE_FRAMES: readonly { opener: string; closers: readonly string[] }[] = [
  { opener: "以", closers: ["为", "為"] },
  { opener: "按", closers: ["要求", "规定", "規定", "部署", "标准", "標準"] },
  { opener: "在", closers: ["基础上", "基礎上", "前提下", "领导下", "領導下", "指导下", "指導下"] },
  // 抓住国家加快铁路建设机遇: the occasion, not the work.
  { opener: "抓住", closers: ["机遇", "機遇", "机会", "機會"] },
  { opener: "抢抓", closers: ["机遇", "機遇", "机会", "機會"] },
  { opener: "搶抓", closers: ["机遇", "機遇", "机会", "機會"] },
];

/**
 * Comparators, by grammar: a negation before a word of "below" bounds from below (不少于, 不得
 * 低于: ≥) and before a word of "above" from above (不超过, 不高于: ≤); plain, they bound the
 * other way (超过 ≥, 低于 ≤). Other words bound by themselves, before the number or after it.
 */
export const COMPARATOR_WORDS = {
  negations: ["不得", "不能", "不应", "不應", "不宜", "不会", "不會", "不", "未"],
  below: ["少于", "少於", "低于", "低於", "小于", "小於"],
  above: ["超过", "超過", "高于", "高於", "大于", "大於", "多于", "多於", "超出"],
  atLeast: ["至少"],
  atMost: [
    "控制在", "压缩至", "壓縮至", "压缩到", "壓縮到", "压减至", "壓減至", "缩短至", "縮短至", "缩短到", "縮短到", "降至", "降到",
    "降低至", "降低到", "下降至", "下降到", "减少至", "減少至", "减少到", "減少到", "至多",
  ],
  about: ["约", "約", "大约", "大約"],
  atLeastAfter: ["及以上", "以上", "之上", "多"],
  atMostAfter: ["及以下", "以下", "以内", "以內", "之内", "之內", "内", "內"],
  aboutAfter: ["左右", "上下"],
};

/**
 * Policy parameters: what a plan offers those who qualify (a subsidy, an award, a loan), at a rate,
 * up to a cap or on a claim. Such a quantity is a term of the policy, not an outcome to track.
 */
export const POLICY_WORDS = {
  support: ["补贴", "補貼", "补助", "補助", "奖励", "獎勵", "奖补", "獎補", "贴息", "貼息", "资助", "資助", "补偿", "補償", "奖金", "獎金", "贷款", "貸款"],
  caps: ["最高", "最多", "上限", "封顶", "封頂"],
  terms: ["最高", "最多", "上限", "封顶", "封頂", "每", "给予", "給予", "按"],
  entitlements: ["可申请", "可申請", "可获得", "可獲得", "可享受", "可给予", "可給予", "可按", "可贷", "可貸", "减按", "減按"],
  rates: ["征收率", "徵收率", "税率", "稅率", "费率", "費率", "利率"],
  // ...but a word ending in one of them may be an outcome's rate: 居民消费率 (consumption), not a fee rate.
  notRates: ["消费率", "消費率"],
  // 按投资额的10%: a share of some base, in a clause that says on what basis, is a rate.
  basis: ["按照", "依照", "参照", "參照", "按"],
  // ...but 按时, 按期 say when, not on what basis.
  notBasis: ["按时", "按時", "按期", "按要求"],
  // 对总投资5000万元以上、补足短板的项目: a clause opened by 对 that names, with 的, who qualifies.
  qualifies: ["对", "對"],
  // ...but 对照, 对标, 对接, 对口 open no such clause.
  notQualifies: ["对照", "對照", "对标", "對標", "对接", "對接", "对口", "對口", "对外", "對外"],
};

/**
 * Words of what has been done, in a report of progress: a sentence opened by a date things stand
 * at (截至2019年12月底,全市完成…), a clause of what is already done (已完成搬迁18695人). Their
 * quantities are results reported, not targets.
 */
export const PROGRESS_WORDS = {
  asOf: ["截至", "截止", "截至到", "截止到"],
  done: ["已经", "已經", "已"],
};

/**
 * Verbs of reaching a level. They govern a count (培育示范企业达到120家), but the count is a level:
 * before 的 it describes the noun after it (投资额达到3000万元的项目).
 */
export const REACH_VERBS = ["达到", "達到"];

/**
 * Verbs whose object is the counted thing itself (举办5场次以上的招聘会, 扶持100家以上企业,
 * 新建20个县级示范点): after them a count with a comparator or 的 is a target, not a threshold
 * describing some other noun (25户以上自然村, 6亩以下的土地).
 */
export const RESULT_VERBS = [
  "新建", "新增", "建成", "建设", "建設", "创建", "創建", "打造", "培育", "培训", "培訓", "举办", "舉辦", "开展", "開展", "组织", "組織",
  "扶持", "支持", "引进", "引進", "招引", "招聘", "吸纳", "吸納", "帮扶", "幫扶", "认定", "認定", "评选", "評選", "推出", "发放", "發放",
  "提供", "覆盖", "覆蓋", "改造", "新开工", "新開工", "开工", "開工", "建立", "设立", "設立", "发展", "發展", "走访", "走訪", "检查", "檢查",
  "抽查", "抽檢", "救助", "资助", "資助", "安置", "转移", "轉移", "签约", "簽約", "孵化", "新培育", ...REACH_VERBS, "完成投资", "完成投資", "培养", "培養",
  "招募", "服务", "服務", "慰问", "慰問", "植树", "植樹", "造林", "新增就业", "新增就業", "实施", "實施",
];

/** Words that may stand between such a verb and its count: 新建了, 累计培训, 全年举办. */
export const COUNT_FILLERS = ["了", "共", "累计", "累計", "总计", "總計", "全年", "年内", "年內", "再", "新", "各", "约", "約", "力争", "力爭", "争取", "爭取"];

/** Nouns that name a quantity as the goal itself: 实现年产值10亿元的目标, 完成5000户的任务. */
export const GOAL_NOUNS = ["目标", "目標", "任务", "任務", "水平", "规模", "規模"];

/** Characters that never measure a quantity after a comparator (不少于6的, 2万以上): function words, dates. */
export const NOT_MEASURE_CHARS = "的以之及和与與或等左右内內上下多余餘为為是在将將到至了着著年月日号號";

/** How a row that names what the rows below it give ends: 2024年目标, 工作任务安排. */
export const SUB_HEADER_ENDINGS = ["目标", "目標", "任务", "任務", "安排", "计划", "計劃"];

/** Places, counted as a scope (对口支援31个县) unless a level word follows (20个县级示范点). */
export const PLACE_NOUNS = ["乡镇", "鄉鎮", "街道", "社区", "社區", "县", "縣", "市", "区", "區", "乡", "鄉", "镇", "鎮", "村", "省", "州"];
export const LEVEL_SUFFIX = ["级", "級"];

/** The level of government a role label may speak for: 省牵头单位, 市级配合单位. */
export const LABEL_LEVELS = ["省", "市", "县", "縣", "区", "區", "州"];

/** Units of time that measure a period (8年内, 6个月内), not a limit, unless a comparator shortens it to them (压缩至3个月). */
export const PERIOD_UNITS = ["年", "个月", "個月"];

/**
 * Units of measure that make a number a target. "time" units count only as limits (压缩至1个工作日以内).
 */
export const MEASURE_WORDS = {
  count: [
    "座", "家", "所", "套", "户", "戶", "亩", "畝", "吨", "噸", "台", "臺", "辆", "輛", "处", "處", "条", "條", "张", "張", "间", "間",
    "床", "株", "头", "頭", "艘", "架", "名", "位", "米", "元", "人", "人次", "美元", "公里", "千米", "平方公里", "平方米", "立方米",
    "公顷", "公頃", "千瓦", "千瓦时", "千瓦時", "兆瓦", "公斤", "千克", "百分点", "百分點", "个百分点", "個百分點", "%", "‰",
  ],
  // Counted things: after a Chinese numeral below ten they are mostly slogans (三个着力, 三次产业).
  classifier: [
    "个", "個", "项", "項", "件", "次", "场", "場", "栋", "棟", "篇", "宗", "笔", "筆", "份", "册", "冊", "场次", "場次", "门", "門",
    "支", "枚", "棵", "口", "幢", "起", "例",
  ],
  time: ["个工作日", "個工作日", "工作日", "个月", "個月", "小时", "小時", "分钟", "分鐘", "天", "日", "年"],
} as const;

/** How the title of a plan ends: 工作要点, 实施方案, 任务分解表, 实施细则 (before a closing 》 or ”). */
export const TITLE_ENDINGS = [
  "要点", "要點", "方案", "计划", "計劃", "计画", "計畫", "通知", "意见", "意見", "清单", "清單", "分工", "安排", "任务", "任務",
  "分解表", "细则", "細則", "措施", "办法", "辦法",
];

// The words of a page's footer that no sentence of a plan holds: they end the plan wherever they stand apart.
const FOOTERS_ANYWHERE = ["相关链接", "相關鏈接", "版权所有", "版權所有", "网站标识码", "網站標識碼", "ICP备", "ICP備", "关闭窗口", "關閉窗口", "打印本页", "打印本頁"];

/** What a web page prints around a document: navigation, dates of posting, print and font buttons. */
export const PAGE_DEBRIS = {
  openers: ["首页", "首頁", "当前位置", "當前位置", "您的位置", "发布时间", "發布時間", "发布日期", "發布日期", "来源", "來源", "字体", "字體", "打印", "(", "[", ">", "»"],
  endings: ["打印", "关闭", "關閉", "字号", "字號", "浏览次数", "瀏覽次數"],
  // What opens a page's footer, below the document: related links, the copyright line, the site's registration.
  footers: [...FOOTERS_ANYWHERE, "相关文件", "相關文件", "相关阅读", "相關閱讀", "网站地图", "網站地圖"],
  // Of those, the words no sentence of a plan holds: they end the plan even inside a line its page ran into one.
  footersInside: FOOTERS_ANYWHERE,
  // A line that names a file (17.某某政策清单.docx): a download link or a sharing site's heading.
  files: ["docx", "doc", "wps", "pdf", "ofd", "xlsx", "xls", "et", "txt", "rar", "zip"],
};

/**
 * Headings of the sections that open a plan and state no task: its guiding thought, principles,
 * overall requirements and goals. The items under them (the principles, the goals) are not tasks.
 */
export const PREAMBLE_SECTIONS = [
  "指导思想", "指導思想", "基本原则", "基本原則", "工作原则", "工作原則", "总体要求", "總體要求", "总体目标", "總體目標",
  "工作目标", "工作目標", "主要目标", "主要目標", "发展目标", "發展目標", "目标要求", "目標要求", "总体思路", "總體思路",
  "工作思路", "基本思路", "适用范围", "適用範圍", "编制依据", "編制依據", "工作依据", "工作依據", "重要意义", "重要意義",
];

/** Words around a date that make it a point of reference, never a deadline: 从2016年开始, 比2015年, 自2025年1月1日起. */
export const DATE_REFERENCE = {
  before: ["从", "從", "自", "比", "较", "較"],
  after: ["以来", "以來", "开始", "開始", "起"],
};

/** Words around a year that make it a point of reference or a goal's horizon, not the plan's year: 比2015年, 到2020年. */
export const YEAR_CONTEXT = {
  before: [...DATE_REFERENCE.before, "到", "至"],
  after: DATE_REFERENCE.after,
};

/** Notes inside a responsibility clause that name no unit: 下同 ("the same below"), 不再单独列出. */
export const NOTE_PHRASES = ["下同", "不再单独列出", "不再單獨列出", "不再列出", "不再重复", "不再重複"];

/** Labels of a list of attachments (附件:1.… 2.…), whose numbers name documents, not tasks. */
export const ATTACHMENT_LABELS = ["附件", "附表"];

/** Labels of a note under a table (注:…, 说明:…): such a row is not a task. */
export const NOTE_LABELS = ["注", "备注", "備註", "说明", "說明"];

/**
 * How a document gives a target's baseline: 由35%提高到40%, 从8个工作日压缩至5个工作日. The
 * opener stands before the baseline, a verb of change and 到/至 between it and the target.
 */
export const BASELINE_WORDS = {
  openers: ["由", "从", "從"],
  // …but not where the character begins another word: 从事养殖业, 由于.
  notOpeners: ["从事", "從事", "由于", "由於"],
  up: ["提高", "提升", "增加", "增长", "增長", "上升", "扩大", "擴大"],
  down: ["下降", "降低", "减少", "減少", "压缩", "壓縮", "缩短", "縮短", "压减", "壓減", "降"],
  to: ["到", "至"],
  // 由600元、400元分别提高到650元、450元
  each: ["分别", "分別", "均", "各"],
};
