/**
 * Where an article writes a quote, in the code points a passage's offsets count, for a curator adding
 * a record (docs/CURATION.md, "Adding a record"): `npx tsx scripts/quote.ts 001 "3565户群众"`. Written
 * once, it prints the passage to add, its id and English text left to fill; more than once, each
 * place, since a passage must be written once in its article.
 */
import { loadSeed } from '../seed/load.ts';
import { placesOf } from '../seed/problems.ts';
import { passageReading } from '../seed/readings.ts';

const [source, text] = process.argv.slice(2);
const { data, problems } = loadSeed();
// A seed that does not read (sources.json above all) would find no article: say why, first.
for (const p of problems) console.error(`${p.file} ${p.id} ${p.field}: ${p.reason}`);
const article = data.articles.get(source ?? '');
if (!source || !text || article === undefined) {
  console.error(`usage: npx tsx scripts/quote.ts <source: ${[...data.articles.keys()].join(', ')}> "<text as the article writes it>"`);
  process.exit(2);
}
const chars = Array.from(article);
const quote = Array.from(text);
const places = placesOf(chars, quote);
if (places.length === 0) {
  console.error(
    `${source} does not write it: copy it again from seed/sources/${data.sources.find((s) => s.id === source)?.file}, as received`,
  );
  process.exit(1);
}
if (places.length > 1) {
  console.error(`${source} writes it ${places.length} times: lengthen it until it is written once`);
  for (const at of places)
    console.error(`  ${at}-${at + quote.length}  ${JSON.stringify(chars.slice(Math.max(0, at - 12), at + quote.length + 12).join(''))}`);
  process.exit(1);
}
const [start] = places;
const end = start + quote.length;
const same = data.passages.find((p) => p.source === source && p.start === start && p.end === end);
if (same) {
  console.log(`this is ${same.id}: cite it`);
  process.exit(0);
}
const taken = data.passages.filter((p) => p.source === source && p.start < end && start < p.end);
for (const p of taken) console.error(`overlaps ${p.id} (${p.start}-${p.end}): cite it, or quote a span of its own`);
const passage = { id: `${source}-p???`, source, start, end, text, text_en: '' };
// A Traditional article's passage carries its Simplified reading, as the build derives it (seed/readings.ts).
const traditional = data.sources.find((s) => s.id === source)?.script === 'Hant';
console.log(JSON.stringify(traditional ? { ...passage, text_zh_hans: passageReading(data, passage) } : passage, null, 2));
