/**
 * The stages of a project's life as a claim words them. A project planned, signed or started is not
 * one completed or in production: a count of projects at an earlier stage (or at none) does not
 * answer a claim of the later one, even with its number (凉州区12个项目集中竣工 is no 12 completed, nor
 * are Linze's 115 key projects planned 115 built and in production). Not 完成, which completes
 * investment as often as projects (完成投资), nor 建成后 (once built), which plans, nor 建成区 (a built-up area); nor completed of an amount
 * (287 projects completed 269 billion yuan of investment), or of what follows the clause (the next figure).
 * Nor the other way: a count of projects started or completed does not answer a claim of as many signed
 * or planned (甘州区签约17个重大工业项目 is not its 17 completed).
 */
const LATER_STAGE =
  /竣工|建成(?![后区])|投产|投运|完工|\b(?:(?:completed|finished)(?!\s*$|\s+(?:\S+\s+){0,4}?(?:yuan|investment)\b)|commissioned|put into (?:operation|production|service)|went into (?:operation|production)|in operation)\b/;
const LATER_STAGE_EACH = new RegExp(LATER_STAGE.source, 'g');

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

/** Signing, planning and negotiating, which come before a project starts. */
const EARLIER_STAGE = /签约|签订|计划|谋划|拟建|洽谈|\b(?:signed|signing|planned|planning|negotiated|under negotiation)\b/;
const EARLIER_STAGE_EACH = new RegExp(EARLIER_STAGE.source, 'g');
/** The metrics that count projects started, done or at no stage: none says they were signed or planned (its label may). */
const LATER_STAGE_COUNTS: ReadonlySet<string> = new Set(['projects.started', 'projects.completed', 'projects.count']);

/**
 * Whether the words of a figure's own clause (`own`, in the reading form: lower case) say another stage than a
 * record counts (later, or before a count of projects started or done), by a word its labels do not say. Its labels, not its metric's definition, which names the
 * stages it does not count (projects completed have metrics of their own).
 */
export function saysOtherStage(own: string, record: { metric: string; label_zh: string; label_en: string }): boolean {
  const labels = `${record.label_zh} ${record.label_en.toLowerCase()}`;
  const unlabelled = (each: RegExp) => [...own.matchAll(each)].some(([word]) => !labels.includes(word));
  return (
    (EARLIER_STAGE_COUNTS.has(record.metric) && unlabelled(LATER_STAGE_EACH)) ||
    (LATER_STAGE_COUNTS.has(record.metric) && unlabelled(EARLIER_STAGE_EACH))
  );
}
