/**
 * A level said to be reached by a rise or a fall (下降至123.1亿元, fell to 12.31 billion yuan). The record may give
 * the level while its change, recorded beside it (a growth rate whose relates_to is the level's record), went the
 * other way: the claim is then contradicted, by that record. A level without a recorded change is judged by its number.
 */
import type { Db } from '../../db/open.ts';
import { rows } from '../../db/statements.ts';
import { levelReached } from '../../domain/changes.ts';
import type { WrittenFigure } from '../../domain/numbers.ts';
import type { Match } from './explain.ts';

type Change = { id: string; label_en: string; label_zh: string; value_text: string; unit_zh: string; value_base: number };

/** The recorded changes (growth rates) of a level's record. */
const changesOf = (db: Db, id: string) =>
  rows<Change>(
    db,
    `select id, label_en, label_zh, value_text, unit_zh, value_base from indicators where relates_to = ? and metric like '%.growth'`,
    [id],
  );

type Checked = {
  verdict: 'supported' | 'rounded' | 'contradicted' | 'not_found';
  explanation_en: string;
  explanation_zh: string;
  matches: Match[];
};

/** The check of a level, contradicted where the claim says it was reached one way and its recorded change went the other. */
export function withDirection(db: Db, form: string, figure: WrittenFigure, check: Checked): Checked {
  const said = levelReached(form.slice(Math.max(0, figure.start - 24), figure.start));
  const [first] = check.matches;
  if (!said || !first || (check.verdict !== 'supported' && check.verdict !== 'rounded') || figure.change) return check;
  const change = changesOf(db, first.indicator.id).find((c) => (c.value_base < 0 ? 'fall' : c.value_base > 0 ? 'rise' : said) !== said);
  if (!change) return check;
  const way = { en: said === 'fall' ? 'a fall' : 'a rise', zh: said === 'fall' ? '下降' : '增长' };
  const explanation_en = `Contradicted: the claim says the level was reached by ${way.en}; record ${change.id} (${change.label_en}) gives ${change.value_text}${change.unit_zh} for it. ${first.explanation_en.replace(/^\w+: (\w)/, (_, c: string) => c.toUpperCase())}`;
  const explanation_zh = `不符：声明称该数值系${way.zh}所至，而记录${change.id}（${change.label_zh}）为${change.value_text}${change.unit_zh}。${first.explanation_zh.replace(/^[^：]+：/, '')}`;
  const matches = [{ ...first, verdict: 'contradicted' as const, explanation_en, explanation_zh }, ...check.matches.slice(1)];
  return { verdict: 'contradicted', explanation_en, explanation_zh, matches };
}
