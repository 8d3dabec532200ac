// Policy parameters: what a plan offers those who qualify. "给予一次性奖励30万元", "每户补助3万元",
// "最高不超过50万元", "可申请…贷款", "征收率3%": such quantities are terms of the policy, not
// outcomes a supervisor tracks. Words come from vocabulary.ts; matched on folded text.

import { alternation } from "./labels.js";
import { POLICY_WORDS } from "./vocabulary.js";

const SUPPORT = new RegExp(alternation(POLICY_WORDS.support));
const TERMS = new RegExp(alternation(POLICY_WORDS.terms));
const ENTITLEMENT = new RegExp(alternation(POLICY_WORDS.entitlements));
// A rate or a cap names the number after it: 征收率为3%, 最高不超过50万元, 上限为100万元.
// A word that only ends like a rate (消费率) is left out first.
const RATE_OR_CAP = new RegExp(`(?:${alternation([...POLICY_WORDS.rates, ...POLICY_WORDS.caps])})[^,;。]{0,6}$`);
const NOT_RATE = new RegExp(alternation(POLICY_WORDS.notRates), "g");
// How far before the number a term of the policy stands: 每户补助, 按实际投资额的.
const TERMS_REACH = 10;

const BASIS = new RegExp(`(?:${alternation(POLICY_WORDS.basis)})[^,;。]*的$`);
const NOT_BASIS = new RegExp(alternation(POLICY_WORDS.notBasis), "g");
const QUALIFIES = new RegExp(`^\\s*(?!${alternation(POLICY_WORDS.notQualifies)})(?:${alternation(POLICY_WORDS.qualifies)})`);

/** Where a number stands: its clause (up to a comma), the number's offset in it, and what is before it. */
export interface NumberInClause {
  readonly clause: string;
  readonly at: number;
  readonly before: string;
  /** Whether the quantity is a share (%, 百分点). */
  readonly share: boolean;
}

/**
 * Whether a number is a term of a policy: a subsidy or award in the clause with its terms (每,
 * 给予, 最高, 按) just before the number (每户补助3万元, 给予一次性奖励30万元; not 按时发放补贴资金2亿元),
 * a claim (可申请), a rate or a cap; a share of a base (按投资额的10%); or a threshold of who
 * qualifies (对总投资5000万元以上、补足短板的项目, 给予支持).
 */
export const isPolicyTerm = ({ clause, at, before, share }: NumberInClause): boolean =>
  RATE_OR_CAP.test(before.replace(NOT_RATE, "")) ||
  ENTITLEMENT.test(clause) ||
  (SUPPORT.test(clause) && TERMS.test(before.slice(-TERMS_REACH))) ||
  (share && BASIS.test(clause.slice(0, at).replace(NOT_BASIS, ""))) ||
  (QUALIFIES.test(clause) && clause.indexOf("的", at) >= 0);
