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
import type { FigureVerdict, Match } from './schema.ts';

type Change = { id: string; label_en: string; label_zh: string; value_text: string; unit_zh: string; value_base: number };

const FIELDS = 'id, label_en, label_zh, value_text, unit_zh, value_base';
/** The recorded changes (growth rates) of a level's record. */
const changesOf = (db: Db, id: string) =>
  rows<Change>(db, `select ${FIELDS} from indicators where relates_to = ? and metric like '%.growth'`, [id]);
/** The state before a change, where the level's record is the state after it (压缩至60个工作日, from 120). */
const stateBefore = (db: Db, id: string | null, metric: string) =>
  id === null ? [] : rows<Change>(db, `select ${FIELDS} from indicators where id = ? and metric = ?`, [id, metric]);

/**
 * A figure's verdict from the records compared, best first: the first's, but contradicted where the claim says
 * the level was reached one way and the record's change went the other.
 */
export function judgedWithDirection(db: Db, form: string, figure: WrittenFigure, matches: Match[]): FigureVerdict {
  const [first] = matches;
  const said = levelReached(form.slice(Math.max(0, figure.start - 24), figure.start));
  const change = said && !figure.change && first.verdict !== 'contradicted' ? againstChange(db, first.indicator, said) : undefined;
  if (!said || !change)
    return { verdict: first.verdict, explanation_en: first.explanation_en, explanation_zh: first.explanation_zh, matches };
  const way = { en: said === 'fall' ? 'a fall' : 'a rise', zh: said === 'fall' ? '下降' : '增长' };
  const [of, ofZh] = change.id === first.indicator.relates_to ? ['the state before it', '此前的数值'] : ['its change', '其变化'];
  const explanation_en = `Contradicted: the claim says the level was reached by ${way.en}; record ${change.id} (${change.label_en}) gives ${change.value_text}${change.unit_zh}, ${of}. ${first.explanation_en.replace(/^\w+: (\w)/, (_, c: string) => c.toUpperCase())}`;
  const explanation_zh = `不符：声明称该数值系${way.zh}所至，而记录${change.id}（${change.label_zh}）为${change.value_text}${change.unit_zh}（${ofZh}）。${first.explanation_zh.replace(/^[^：]+：/, '')}`;
  return {
    verdict: 'contradicted',
    explanation_en,
    explanation_zh,
    matches: [{ ...first, verdict: 'contradicted', explanation_en, explanation_zh }, ...matches.slice(1)],
  };
}

/** The record of a level's change, or of the state before it, that went the other way from the claim's. */
function againstChange(db: Db, level: Match['indicator'], said: 'rise' | 'fall'): Change | undefined {
  const wayOf = (by: number) => (by < 0 ? 'fall' : by > 0 ? 'rise' : said);
  return (
    changesOf(db, level.id).find((c) => wayOf(c.value_base) !== said) ??
    stateBefore(db, level.relates_to, level.metric).find((c) => wayOf(level.value_base - c.value_base) !== said)
  );
}
