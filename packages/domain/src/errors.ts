// One vocabulary of stable error codes for everything a user can get wrong or meet. Each code
// has a title in Chinese and English here; each front end maps every code exactly once (the API
// to an HTTP status, the CLI to an exit code) with an exhaustive table, so a new code cannot
// slip through one of them as a 500 or a wrong exit.

/** Every error code, with what it means to the person who meets it. */
export const ERROR_CODES = {
  "input.unreadable": { zh: "无法读取文件", en: "cannot read the file" },
  "input.undecodable": { zh: "文件编码无法识别", en: "the text cannot be decoded" },
  "input.bad-package": { zh: "文件已损坏", en: "the file is damaged" },
  "input.unsupported-format": { zh: "不支持的文件格式", en: "unsupported file format" },
  "input.no-tasks": { zh: "文件中没有找到任务", en: "no tasks found in the document" },
  "input.too-large": { zh: "输入超出限制", en: "input beyond a limit" },
  "output.too-large": { zh: "生成的文件超出限制", en: "output beyond a limit" },
  "plan.not-found": { zh: "没有这个计划", en: "no such plan" },
  "plan.ambiguous": { zh: "计划标识不唯一", en: "plan reference is ambiguous" },
  "task.not-found": { zh: "没有这项任务", en: "no such task" },
  "target.not-found": { zh: "没有这个目标", en: "no such target" },
  "target.ambiguous": { zh: "目标不唯一", en: "target reference is ambiguous" },
  "milestone.not-found": { zh: "没有这个节点", en: "no such milestone" },
  "report.not-found": { zh: "没有这份进展报告", en: "no such progress report" },
  "extension.not-found": { zh: "没有这项延期申请", en: "no such extension request" },
  "unit.not-found": { zh: "计划中没有这个单位", en: "no such unit in the plan" },
  "progress.invalid": { zh: "进展报告有误", en: "invalid progress report" },
  "progress.unit-not-responsible": { zh: "该单位不负责这项任务", en: "unit not responsible for the task" },
  "progress.duplicate": { zh: "重复填报", en: "duplicate report" },
  "value.invalid": { zh: "数值无法识别", en: "value is not a quantity" },
  "value.unit-mismatch": { zh: "计量单位与目标不一致", en: "measure differs from the target's" },
  "store.conflict": { zh: "与已有记录冲突", en: "conflicts with a stored record" },
  "store.unavailable": { zh: "数据库暂时无法访问", en: "database unavailable" },
  "store.failed": { zh: "内部错误", en: "internal error" },
  "server.busy": { zh: "服务器繁忙，请稍后再试", en: "server busy" },
  "server.misconfigured": { zh: "服务器设置有误", en: "server settings cannot be used" },
  "auth.missing": { zh: "缺少访问密钥", en: "API key missing" },
  "auth.invalid": { zh: "访问密钥无效", en: "API key invalid" },
  "auth.forbidden": { zh: "无权执行此操作", en: "not allowed for this key" },
  "auth.throttled": { zh: "认证失败次数过多，请稍后再试", en: "too many failed authentications" },
  "request.invalid": { zh: "请求有误", en: "invalid request" },
  "request.too-large": { zh: "请求过大", en: "request too large" },
  "request.unsupported-type": { zh: "不支持的请求类型", en: "unsupported content type" },
  "request.not-found": { zh: "没有这个地址", en: "no such route" },
} as const satisfies Record<string, { zh: string; en: string }>;

/** One of the stable codes of ERROR_CODES: what programs branch on, never the message. */
export type PlanErrorCode = keyof typeof ERROR_CODES;

/** The languages error titles are written in. */
export type Language = "zh" | "en";

/** A failure with a stable code, a message users read (中文 / English) and details for programs. */
export class PlanError extends Error {
  constructor(
    readonly code: PlanErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = "PlanError";
  }
}

/** Any error that carries one of the codes (a PlanError, or a store's typed failure). */
export interface CodedError {
  readonly code: PlanErrorCode;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** Whether a thrown value is one of ours: it carries a known code, a message and details. */
export const isCodedError = (error: unknown): error is CodedError =>
  typeof error === "object" &&
  error !== null &&
  typeof (error as { code?: unknown }).code === "string" &&
  Object.hasOwn(ERROR_CODES, (error as { code: string }).code) &&
  typeof (error as { message?: unknown }).message === "string";

/** The title of an error code in a language: what a person sees before the message. */
export const errorTitle = (code: PlanErrorCode, language: Language): string => ERROR_CODES[code][language];
