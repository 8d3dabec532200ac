// Policy parameters: what a plan offers those who qualify. "给予一次性奖励30万元", "每户补助3万元",
// "最高不超过50万元", "可申请…贷款", "征收率3%": such quantities are terms of the policy, not
// outcomes a supervisor tracks. Words come from vocabulary.ts; matched on folded text.

import { alternation } from "./labels.js";
import { POLICY_WORDS } from "./vocabulary.js";

const SUPPORT = new RegExp(alternation(POLICY_WORDS.support));
const TERMS = new RegExp(alternation(POLICY_WORDS.terms));
const ENTITLEMENT = new RegExp(alternation(POLICY_WORDS.entitlements));
// A rate or a cap names the number after it: 征收率为3%, 最高不超过50万元, 上限为100万元.
const RATE_OR_CAP = new RegExp(`(?:${alternation([...POLICY_WORDS.rates, ...POLICY_WORDS.caps])})[^,;。]{0,6}$`);
// How far before the number a term of the policy stands: 每户补助, 按实际投资额的.
const TERMS_REACH = 10;

/**
 * Whether the number that ends `before` is a term of a policy: `clause` is the clause (up to a
 * comma) that holds it. A subsidy or award in the clause with its terms (每, 给予, 最高, 按) just
 * before the number (每户补助3万元, 给予一次性奖励30万元; not 按时发放补贴资金2亿元), a claim
 * (可申请), a rate or a cap.
 */
export const isPolicyTerm = (clause: string, before: string): boolean => RATE_OR_CAP.test(before) || ENTITLEMENT.test(clause) || (SUPPORT.test(clause) && TERMS.test(before.slice(-TERMS_REACH)));
