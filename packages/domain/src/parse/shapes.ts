// The shapes of short texts that several readers ask about: a cell holding only a number, a year
// alone, a short word. One definition each.

import { alternation } from "./labels.js";
import { ROW_MARKS } from "./vocabulary.js";

/** A number alone, perhaps with its 、 or . (a table's 序号 cell): 12, 3; or with a mark a table explains (1*, 2▲). */
export const BARE_NUMBER = new RegExp(`^\\s*(\\d{1,4})\\s*[.、]?\\s*(?:${alternation(ROW_MARKS)})?\\s*$`);

/** A year alone, with no 年 (建设时间 | 2024). */
export const YEAR_ALONE = /^(?:19|20)\d{2}$/;

/** Years from and to, alone (建设起止年限 | 2022-2023, 2022年—2024年): the first year in group 1, the last in group 2. */
export const YEARS_FROM_TO = /^((?:19|20)\d{2})\s*年?\s*[-—–~至到]+\s*((?:19|20)\d{2})\s*年?$/;

/** A year with its 年 and nothing else (按2017年标准: a year of reference, no deadline). */
export const YEAR_WORD = /^\d{4}\s*年$/;

/** A word of two or three Han characters: a person's name, or a short word of text. */
export const SHORT_WORD = /^[\u4E00-\u9FFF]{2,3}$/;

/** A short name of Han characters alone (省人口计生, 人口计生): a unit printed short among units, or a word. */
export const SHORT_NAME = /^[\u4E00-\u9FFF]{2,8}$/;

/** An item begun inside a line run on: 1. 一、 (一) after a stop or a space, text after it. */
export const ITEM_INSIDE = /(?:^|[。;\s])(?:\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))\S/;
