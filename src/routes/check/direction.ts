/**
 * A level said to be reached by a rise or a fall (下降至123.1亿元, fell to 12.31 billion yuan). The record may give
 * the level while its change went the other way: a growth rate recorded beside it (whose relates_to is the level's
 * record), or the state before it (the record the level relates to, of its metric: 从120个工作日压缩至60个工作日). The
 * claim is then contradicted, by that record. A level without a recorded change is judged by its number.
 */
import type { Db } from '../../db/open.ts';
import { rows } from '../../db/statements.ts';
import { levelReached } from '../../domain/changes.ts';
import type { WrittenFigure } from '../../domain/numbers.ts';
import type { FigureVerdict } from './query.ts';

type Change = { id: string; label_en: string; label_zh: string; value_text: string; unit_zh: string; value_base: number };

const FIELDS = 'id, label_en, label_zh, value_text, unit_zh, value_base';
/** The recorded changes (growth rates) of a level's record. */
const changesOf = (db: Db, id: string) =>
  rows<Change>(db, `select ${FIELDS} from indicators where relates_to = ? and metric like '%.growth'`, [id]);
/** The state before a change, where the level's record is the state after it (压缩至60个工作日, from 120). */
const stateBefore = (db: Db, id: string | null, metric: string) =>
  id === null ? [] : rows<Change>(db, `select ${FIELDS} from indicators where id = ? and metric = ?`, [id, metric]);

/** The check of a level, contradicted where the claim says it was reached one way and its recorded change went the other. */
export function withDirection(db: Db, form: string, figure: WrittenFigure, check: FigureVerdict): FigureVerdict {
  const said = levelReached(form.slice(Math.max(0, figure.start - 24), figure.start));
  const [first] = check.matches;
  if (!said || !first || (check.verdict !== 'supported' && check.verdict !== 'rounded') || figure.change) return check;
  const { id, metric, relates_to, value_base } = first.indicator;
  const wayOf = (by: number) => (by < 0 ? 'fall' : by > 0 ? 'rise' : said);
  const change =
    changesOf(db, id).find((c) => wayOf(c.value_base) !== said) ??
    stateBefore(db, relates_to, metric).find((c) => wayOf(value_base - c.value_base) !== said);
  if (!change) return check;
  const way = { en: said === 'fall' ? 'a fall' : 'a rise', zh: said === 'fall' ? '下降' : '增长' };
  const [of, ofZh] = change.id === relates_to ? ['the state before it', '此前的数值'] : ['its change', '其变化'];
  const explanation_en = `Contradicted: the claim says the level was reached by ${way.en}; record ${change.id} (${change.label_en}) gives ${change.value_text}${change.unit_zh}, ${of}. ${first.explanation_en.replace(/^\w+: (\w)/, (_, c: string) => c.toUpperCase())}`;
  const explanation_zh = `不符：声明称该数值系${way.zh}所至，而记录${change.id}（${change.label_zh}）为${change.value_text}${change.unit_zh}（${ofZh}）。${first.explanation_zh.replace(/^[^：]+：/, '')}`;
  const matches = [{ ...first, verdict: 'contradicted' as const, explanation_en, explanation_zh }, ...check.matches.slice(1)];
  return { verdict: 'contradicted', explanation_en, explanation_zh, matches };
}
