// A unit's kind from its name, for names no registry describes.

import type { UnitKind } from "../models/registry.js";
import { isGroup } from "../parse/units.js";
import { toSimplified } from "./key.js";

// Agencies managed from the centre with offices in provinces and cities (垂直管理).
const CENTRAL = /海关|国税|地税|税务局|银监|证监|保监|银保监|金融监管|人民银行|出入境检验检疫|铁路局|民航|通信管理局|气象局|调查总队|邮政管理|烟草专卖|海事局|国家[^省市县]*局/;
const COMPANY = /公司|集团|有限|股份|分行|支行|银行|国开行|农发行/;
const GOVERNMENT = /(人民政府|政府|管委会|街道办事处|办事处)$|^[^省市县区]{1,8}(省|市|县|区|州|旗|盟|镇|乡)$|^[^省]{1,8}市[^市]{1,6}(县|区)$/;

/** The kind of a unit from its name in Simplified script (a unit key will do). */
export const kindOfSimplified = (simplified: string): UnitKind => {
  if (isGroup(simplified)) return "group";
  if (CENTRAL.test(simplified)) return "central-agency";
  if (COMPANY.test(simplified)) return "company";
  if (GOVERNMENT.test(simplified)) return "government";
  if (/[厅局委办部署室处中心院会所馆站队]$/.test(simplified.replace(/[(\uFF08][^()\uFF08\uFF09]*[)\uFF09]$/, ""))) return "department";
  return "other";
};

/** A unit's kind from its name as printed, in either script. */
export const guessKind = (name: string): UnitKind => kindOfSimplified(toSimplified(name));
