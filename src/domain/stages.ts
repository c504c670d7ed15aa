/**
 * The stages of a project's life as a claim words them. A project planned, signed or started is not
 * one completed or in production: a count of projects at an earlier stage (or at none) does not
 * answer a claim of the later one, even with its number (凉州区12个项目集中竣工 is no 12 completed, nor
 * are Linze's 115 key projects planned 115 built and in production). Not 完成, which completes
 * investment as often as projects (完成投资), nor 建成后 (once built), which plans, nor 建成区 (a built-up area); nor completed of an amount
 * (287 projects completed 269 billion yuan of investment), or of what follows the clause (the next figure).
 * Nor the other way: a count of projects started or completed does not answer a claim of as many signed or
 * planned and no more (甘州区签约17个重大工业项目 is not its 17 completed), nor one implemented (实施) or at no stage a
 * claim of signing; nor are projects planned or in reserve any signed or begun.
 */
const LATER_STAGE =
  /竣工|建成(?![后区])|投产|投运|完工|\b(?:(?:completed|finished)(?!\s*$|\s+(?:\S+\s+){0,4}?(?:yuan|investment)\b|\s+(?:(?:their|its|the|all)\s+)?(?:approvals?|procedures?|filings?|registrations?|signings?|designs?|planning|paperwork)\b)|commissioned|put into (?:operation|production|service)|went into (?:operation|production)|in operation)\b/;
const LATER_STAGE_EACH = new RegExp(LATER_STAGE.source, 'g');

/** A record's labels as a claim's words are read (the reading form: English in lower case), for the word lists here and in outcomes.ts. */
export const labelWords = (record: { label_zh: string; label_en: string }) => `${record.label_zh} ${record.label_en.toLowerCase()}`;

/** The metrics that count projects intended, negotiated, signed, introduced, planned, started or at no stage: none counts projects done. */
const EARLIER_STAGE_COUNTS: ReadonlySet<string> = new Set([
  'investment.intended_projects',
  'investment.projects_negotiated',
  'investment.signed_projects',
  'investment.projects_introduced',
  'investment.projects_implemented',
  'projects.count',
  'projects.reserve',
  'projects.started',
  'projects.assisted',
]);

/**
 * Signing and planning, each a stage before a project begins, in any of its words (谋划 and planned are one
 * stage). Not 计划 of an amount or a manner (计划总投资, 年度投资计划, 按计划, as planned, planned investment).
 */
const SIGNING = /签约|签订|签署|\b(?:signed|signing)\b/;
const PLANNING =
  /(?<![按资度])计划(?!总?投资|完成|内)|谋划|拟建|(?<!\bas |\binvestment )\b(?:planned|planning)\b(?! (?:total |annual )?investment)/;
/**
 * A project begun or done: a claim saying it names the record's stage, whatever it adds (签约的12个项目集中开工). The
 * later stage's words, and a start's; completed and finished here of anything, as the later stage has them only of projects.
 */
const BEGUN = new RegExp(
  `${LATER_STAGE.source}|开工|复工|动工|破土|投入使用|\\b(?:started|start(?:ing)? construction|began|begun|commenced|kicked off|broke ground|resumed|built|completed|finished|entered into (?:operation|production)|entered production)\\b`,
);
/** The metrics that count projects started or done. */
const BEGUN_COUNTS: ReadonlySet<string> = new Set(['projects.started', 'projects.completed']);
/** Signed and implemented said as one (签约实施): the stage after signing is said, not signing alone (实施的…均已签约 is). */
const SIGNED_AND_IMPLEMENTED = /(?:签约|签订|签署)(?:并|和|及)?实施|\bsigned and implemented\b/;
/** The metrics whose counts no claim of signing alone answers: projects begun or done, implemented (实施, which follows signing), or at no stage. */
const PAST_SIGNING: ReadonlySet<string> = new Set([...BEGUN_COUNTS, 'investment.projects_implemented', 'projects.count']);

/** A record of projects planned or held in reserve (谋划储备, planned), its labels say: no count of projects signed or begun. */
const PLANNED_RECORD = /谋划|储备|\b(?:planned|reserve)\b/;
/** A record of projects (not of farm inputs held in reserve, 储备农资). */
const PROJECTS = /项目|\bprojects?\b/;

/**
 * Whether the words of a figure's own clause (`own`, in the reading form: lower case) say another stage than a
 * record counts (later, or before a count of projects begun), by a word its labels do not say. Its labels, not its
 * metric's definition, which names the stages it does not count (projects completed have metrics of their own).
 */
export function saysOtherStage(own: string, record: { metric: string; label_zh: string; label_en: string }): boolean {
  const labels = labelWords(record);
  const unlabelled = (each: RegExp) => [...own.matchAll(each)].some(([word]) => !labels.includes(word));
  // Signing or planning alone, where the record counts projects begun (or, for signing, at no stage), and its labels
  // name no word of that stage.
  const earlier = (stage: RegExp) => stage.test(own) && !BEGUN.test(own) && !stage.test(labels);
  return (
    (EARLIER_STAGE_COUNTS.has(record.metric) && unlabelled(LATER_STAGE_EACH)) ||
    // Signed and implemented in one (签约实施) names the record's own stage too.
    (PAST_SIGNING.has(record.metric) && earlier(SIGNING) && !(SIGNED_AND_IMPLEMENTED.test(own) && /实施|implement/.test(labels))) ||
    (BEGUN_COUNTS.has(record.metric) && earlier(PLANNING)) ||
    // Projects planned or in reserve (高台县谋划储备产业项目43项) are none signed or begun (签约产业项目43项, 已开工27项).
    (PLANNED_RECORD.test(labels) &&
      PROJECTS.test(labels) &&
      (SIGNING.test(own) || BEGUN.test(own)) &&
      !SIGNING.test(labels) &&
      !BEGUN.test(labels))
  );
}

/** Money signed (签约额, signed) and money in place (到位资金, in place): two measures of one investment. */
const SIGNED_MONEY = /签约|签订|\b(?:signed|signing|contracted)\b/;
const IN_PLACE_MONEY = /到位|\b(?:in place|paid[- ]in)\b/;

/**
 * Whether a figure's own clause says money in place where a record's labels say money signed, or the other way, and
 * not both: an equal number does not join them (486.79亿元 signed is no 到位资金 486.79亿元), as it joins synonyms.
 */
export function saysOtherMoney(own: string, record: { label_zh: string; label_en: string }): boolean {
  const labels = labelWords(record);
  // Money in place is said wherever 到位 is (签约到位资金: the signed projects' money in place); signed only without it.
  const inPlace = IN_PLACE_MONEY.test(own);
  const signed = !inPlace && SIGNED_MONEY.test(own);
  return (
    (inPlace && !IN_PLACE_MONEY.test(labels) && SIGNED_MONEY.test(labels)) ||
    (signed && !SIGNED_MONEY.test(labels) && IN_PLACE_MONEY.test(labels))
  );
}

/**
 * Words that count what was not done: a verb of doing negated (尚有19件未办结, 5个未开工, have not started, not yet
 * implemented), what is still owed (尚欠, 仍欠), what is owed to whom or of what (欠工程款, 拖欠八冶集团账款: not 欠款 alone, nor
 * 清欠, clearing it, 被拖欠, owed to the subject, 不欠 or 欠完善, not quite), what is left (outstanding, unresolved, unpaid,
 * unfinished, yet to).
 */
const UNDONE =
  /(?:尚未|仍未|还未|未能|未|没有|没)(?:全部)?(?:办结|办妥|办完|完成|完工|开复工|开工|复工|落实|解决|支付|付|到位|兑现|整改|销号|实施|竣工|投产|清偿|偿还)|尚欠|仍欠|还欠|(?<![清不被拖])(?:拖)?欠(?!款|发达)[^，,；;。]{0,8}?(?:款|钱|账|薪|工资)|\b(?:(?:have|has|had|were|was|are|is)\s+not(?:\s+yet)?(?:\s+been)?(?:\s+(?:fully|all|completely))?\s+[a-z]+ed|not\s+yet(?:\s+(?:fully|all|completely))?\s+[a-z]+ed|yet\s+to\s+[a-z]+|outstanding|unresolved|unpaid|unsettled|unfinished|uncompleted|still\s+owe[ds]?)\b/g;
/** A verb of doing said plainly: then the words count what was done to what was not (清欠…未付账款, resolved unresolved problems). */
const DONE =
  /清欠|清偿|清理|偿还|偿付|支付|付清|兑付|缴清|追回|讨回|收回|清收|要回|追讨|挽回|还清|结清|归还|解决|化解|办结|办妥|办完|完成|完工|竣工|落实|开工|兑现|整改|\b(?:clear(?:ed|ing|s)?|resolv(?:ed|ing|es)|paid|settl(?:ed|ing)|repaid|handl(?:ed|ing)|complet(?:ed|ing)|implement(?:ed|ing)|start(?:ed|ing)|fulfill?(?:ed|ing))\b/;
/** Whether words count what was not done: they say it, and no verb of doing stands beside it. */
const countsUndone = (words: string) => {
  const rest = words.replace(UNDONE, ' ');
  return rest !== words && !DONE.test(rest);
};

/**
 * Whether a figure's own clause counts what was not done and a record what was, or says done what a record counts as
 * not: the rest of a record, never its figure. A record of what was not done is said otherwise too (仍欠 or 欠付 of 尚欠;
 * 87 key tasks of the 87 not yet implemented).
 */
export function saysUndone(own: string, record: { label_zh: string; label_en: string }): boolean {
  const undone = countsUndone(own);
  const recordUndone = countsUndone(labelWords(record));
  // …or says it was done (87个重点推动事项已经落实到位) of a record of what was not.
  return (undone && !recordUndone) || (!undone && recordUndone && DONE.test(own));
}
