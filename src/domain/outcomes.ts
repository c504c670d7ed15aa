/**
 * Plans, targets and outcomes: whether a claimed figure and a record speak of the same kind of thing, a plan (计划,
 * 总投资, a project's scale) or a target (力争, 目标为) beside what was done (完成, completed). Input is the reading form
 * of src/domain/chinese.ts (Simplified, lower case).
 */

import { labelWords } from './stages.ts';

/** Metrics that are planned amounts by definition: a total investment is what projects are planned to take (docs/CURATION.md, "Estimated"). */
export const PLANNED_METRICS: ReadonlySet<string> = new Set([
  'projects.total_investment',
  'projects.total_investment.change',
  'projects.annual_investment',
]);

/**
 * Words in a figure's own clause that say it is planned, expected or a project's scale, not an outcome: a
 * claim that says none of them is not compared with a record that is an estimate or a plan (完成投资280亿元
 * is not the 280亿元 计划完成投资; 开复工项目34个 is not the 34 计划开复工). 将 and 可 before a verb of what a project
 * brings too, will and can (将解决, 运营期可解决劳动力700余人: claims20), but not 将近 (nearly), the 将 of an object
 * (已将700余名村民安排就业: rev38) nor 不可.
 */
const PLAN_WORDS =
  /计划|拟|预计|预期|目标|力争|争取|规划|谋划|储备|总投资|投资总额|投资规模|年度投资|规模(?!以上)|建成后|打造|(?:(?<!已)将|(?<!不)可)(?=解决|带动|实现|提供|新增|创造|吸纳|安置|增加|达到|形成|容纳|完成|建成|投产|开工|突破|超过|带来|拉动|产生|年产|吸引|惠及)|\b(?:plan(?:s|ned)?|expect(?:s|ed)?|estimat(?:e|es|ed)|targets?|aims?|goals?|will|can|total investment|scale|capacity|scheduled|projected|reserve)\b/;
/** Words that set a target (力争突破500亿元, aims to reach): no outcome. */
const TARGET_WORDS = /力争|争取|\b(?:aims?|aiming|strives?|striving|seeks?)\s+to\b/;
/** Words just before a figure that make it a goal (目标为, 任务是, the target for funds was, a goal of; not 重点任务87个, tasks, nor reached the target of): no outcome. */
const GOAL_BEFORE =
  /(?<!(?:达到|达成|完成|实现|超额完成)\s*(?:年度)?)(?:目标值?(?:为|是|定为)?|(?:目标|年度)?任务(?:为|是)|(?:目标|年度)任务)\s*(?:约|达到?|突破|超过)?\s*$|(?<!\b(?:reached|met|hit|achieved|exceeded|beat|surpassed|fulfilled|completed)\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[a-z-]+\s+){0,2})\b(?:target|goal)s?\b(?:\s+(?:for|of)\s+[^,.;]{0,40}?)?\s+(?:was|is|were|are|of|at|set at)\s+(?:about\s+|some\s+)?$/;
/** Words that say an amount was spent or a thing done (完成投资, completed): a total investment, planned by definition, is no outcome. */
const OUTCOME_WORDS = /完成|实际|建成|竣工|\b(?:completed?|spent|actual(?:ly)?|achieved|finished|built)\b/;
/**
 * Words straight after a figure that say it was done (总投资932亿元已全部完成; …, were all completed), or that end its
 * clause saying so of what it sizes (千万千瓦级抽水蓄能示范基地已经建成: rev38), whatever planned it before: done and
 * nothing else after it in its clause (完成备案, 完成签约, have completed approvals complete something else).
 */
const DONE_AFTER =
  /^\s*(?:已经?|均|都|全部|全都|业已)*(?:完成|建成|竣工|完工)(?:投资|并?投产)?\s*(?:[,，。；;、]|$)|^[^,，。；;、]{0,16}?(?:已经|业已|已)(?:全部)?(?:建成|竣工|完工|投产|完成)\s*(?:[,，。；;、]|$)|^[\s,]*(?:(?:were|was|have|has|had|been|all|fully|now|already)\s+)+(?:completed|finished|built|spent)\b(?=\s*(?:[,.;]|$|(?:in|by|on|at|during|within|last|this)\b))/;

/**
 * Projects a plan's word named, then an outcome's verb in the past of them (谋划招商引资重点项目完成投资, planned key projects
 * that completed investment; claims20): done. Not a plan's own verb however far after it (计划于2021年完成投资, expects its
 * projects to complete; rev37): that is planned.
 */
const DONE_BY_PLANNED =
  /(?:项目|\bprojects?\b)(?![^，,；;。]*(?:计划|预计|拟|将|争取|力争|\b(?:to|will|would|shall)\b))[^，,；;。]{0,8}?(?:完成|建成|竣工|\b(?:completed|spent|achieved|finished|built)\b)/;

/** Every word of a plan in a text (PLAN_WORDS, each found). */
const EVERY_PLAN_WORD = new RegExp(PLAN_WORDS.source, 'g');

/** Whether a figure's own clause, after its last word of a plan, says done of the projects the plan named (DONE_BY_PLANNED). */
function doneAfterPlan(own: string): boolean {
  const last = [...own.matchAll(EVERY_PLAN_WORD)].at(-1);
  // Only a word that names projects planned or held (谋划, 储备), not a verb that plans what follows (预计开复工项目全年完成: rev38).
  return last !== undefined && /^(?:谋划|储备|planned)$/.test(last[0]) && DONE_BY_PLANNED.test(own.slice(last.index + last[0].length));
}

/**
 * Whether a record and the words of a claimed figure's own clause (`own`) speak of different things: a 'plan'
 * (计划完成投资280亿元, 预计增长12%) said as done (完成投资280亿元), or a 'target' (力争突破500亿元; 目标为 in the text
 * `before` it) of what was done, but of a record named for one (超额完成年度投资目标179亿元); null when they are alike.
 * A plan is compared with a claim that says so, a scale or a total investment: said in the figure's own clause (将 or
 * will elsewhere in the sentence plans nothing of it), a total investment unless it was spent (完成投资958亿元); none said
 * done in the words `after` it (总投资932亿元已全部完成).
 */
export function notLikeOutcome(record: { estimated: boolean; metric: string; label_zh: string }, own: string, before = '', after = '') {
  if (!record.estimated)
    return TARGET_WORDS.test(own) || (GOAL_BEFORE.test(before) && !/目标|任务/.test(record.label_zh)) ? 'target' : null;
  const asDone =
    DONE_AFTER.test(after) ||
    doneAfterPlan(own) ||
    (!PLAN_WORDS.test(own) && (!PLANNED_METRICS.has(record.metric) || OUTCOME_WORDS.test(own)));
  return asDone ? 'plan' : null;
}

/** Words that say by how much a target was beaten (超额完成目标179亿元, exceeded the target by): not the target itself. */
const BEYOND_TARGET = /超额|超出|超过|比\S{0,12}多|\b(?:exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|beat|overshot|outperformed|topped)\b/;

/**
 * Whether a record counts by how much a target was beaten and a claimed figure is the target itself: said right after
 * the target's words (年度投资目标约2511亿元, the target … was about 251.1 billion yuan; GOAL_BEFORE, in the words
 * `before` it), its own clause saying nothing of beating it (超过年度投资目标179亿元 does).
 */
export const notBeyondTarget = (record: { label_zh: string; label_en: string }, own: string, before: string): boolean =>
  BEYOND_TARGET.test(labelWords(record)) && GOAL_BEFORE.test(before) && !BEYOND_TARGET.test(own);
