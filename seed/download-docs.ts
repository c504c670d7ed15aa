/**
 * The two documents the zip carries besides the data: a README saying what each file is and how to
 * read it, and a CITATION.cff (Citation File Format 1.2.0) for the dataset and the articles. YAML
 * values are written as JSON strings, which YAML reads as its double-quoted scalars.
 */
import { LICENSE, termsOf } from '../src/dataset/about.ts';
import { CSV_CONVENTIONS, type dataPackage } from '../src/dataset/package.ts';
import type { SeedData } from './records.ts';

type Package = ReturnType<typeof dataPackage>;

const q = (value: string) => JSON.stringify(value);

export function zipReadme(data: SeedData, version: string, pkg: Package): string {
  const { about } = data;
  const rows = (path: string) => (data as unknown as Record<string, unknown[]>)[path]?.length;
  return [
    `# ${about.title_en} · ${about.title_zh}`,
    '',
    `Dataset version \`${version}\` (a content hash of the curated files and of the documents here), made ${about.created}.`,
    '',
    about.description_en,
    '',
    about.description_zh,
    '',
    '## What is here',
    '',
    '| file | what it is |',
    '| --- | --- |',
    '| `datapackage.json` | The Frictionless Data Package (version 2, readable as version 1): every table, its fields, types, units, keys and foreign keys, and each CSV’s size and SHA-256 (`bytes`, `hash`) to check it by. |',
    ...pkg.resources.map((r) => `| \`${r.path}\` | ${r.description} ${rows(r.name)} rows. |`),
    ...[...data.sources]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((s) => `| \`articles/${s.file}\` | Article ${s.id}, byte for byte as received (SHA-256 \`${s.sha256}\`). |`),
    '| `CITATION.cff` | How to cite the dataset and the articles (Citation File Format). |',
    '| `docs/CURATION.md` | The rules every record was curated by: what counts as a figure, an initiative, a project; periods, units, scopes; what was withdrawn and why. |',
    '| `docs/DATASHEET.md` | The datasheet: why the dataset exists, what it holds and does not, how it was made, and its known limits. |',
    '| `docs/SQLITE.md` | A guide to the same data as one SQLite file (`/downloads/ledger.sqlite` of the API that served this zip): its tables and how to query them. |',
    '| `LICENSE` | The licence’s full text and copyright notice, which every copy carries. |',
    '',
    '## Reading the CSV files',
    '',
    CSV_CONVENTIONS,
    '',
    'Python (pandas):',
    '',
    '```python',
    'import json',
    'import pandas as pd',
    '',
    'indicators = pd.read_csv("downloads/indicators.csv")',
    'indicators["evidence_text"] = indicators["evidence_text"].map(json.loads)',
    '```',
    '',
    'pandas and R guess a column’s type from its cells, so three columns of digits that are text read as numbers unless named as text: the articles’ ids (`id` of sources.csv, `source` of passages.csv: 000 … 004) and the GB/T 2260 area codes (`code` of cities.csv, which pandas reads as float64, 620105.0); pandas reads a whole number with empty cells as float64 too (`households` of complaints.csv, 16.0). In pandas pass `dtype={"id": str, "source": str, "code": str, "households": "Int64"}` to read_csv (the same for every file); in R, `colClasses = c(code = "character")` for cities.csv, and likewise for `id` and `source`.',
    '',
    'R:',
    '',
    '```r',
    'indicators <- read.csv("downloads/indicators.csv", encoding = "UTF-8")',
    'quotes <- lapply(indicators$evidence_text, jsonlite::fromJSON)',
    '```',
    '',
    'An empty cell is null; R’s read.csv reads an empty text cell as "", not NA: pass `na.strings = ""` to read them as NA (then `unit_zh`, empty where the article writes no unit word after the number, is NA too, as pandas reads it).',
    '',
    'Offsets (`start`, `end`, `evidence_spans`) count Unicode code points of the article files in `articles/`, not bytes.',
    '',
    '## Licence',
    '',
    termsOf('its full text and copyright notice are in `LICENSE`'),
    '',
    '## How to cite',
    '',
    `${about.creator}. ${about.title_en} (${about.title_zh}), dataset version ${version}, ${about.created}. Cite also the article each figure comes from, with its quote: the API's /{type}s/{id}/cite (/indicators/000-i040/cite) writes both in text (English, or Chinese with format=text-zh), BibTeX, RIS, CSL-JSON and GB/T 7714-2015, and CITATION.cff lists them.`,
    '',
  ].join('\n');
}

/** An article as a CFF reference: what the text says of it, and nothing it does not. */
function articleReference(s: SeedData['sources'][number]): string[] {
  const people = (role: 'authors' | 'editors', wanted: (r: string) => boolean) => {
    const named = s.authors.filter((a) => wanted(a.role));
    return named.length > 0 ? [`    ${role}:`, ...named.map((a) => `      - name: ${q(a.name)}`)] : [];
  };
  return [
    `  - type: ${s.medium === 'web' ? 'website' : 'generic'}`,
    `    title: ${q(s.title_zh)}`,
    ...people('authors', (r) => r !== 'editor'),
    // CFF requires authors; an article that names none is anonymous, as the format's guide has it.
    ...(s.authors.some((a) => a.role !== 'editor') ? [] : ['    authors:', '      - name: "anonymous"']),
    ...people('editors', (r) => r === 'editor'),
    ...(s.outlet ? [`    publisher:`, `      name: ${q(s.outlet)}`] : []),
    ...(s.published_on ? [`    date-published: ${q(s.published_on)}`, `    year: ${Number(s.published_on.slice(0, 4))}`] : []),
    ...(s.medium === 'web' ? ['    medium: "online"'] : []),
    '    languages:',
    '      - "zh"',
    `    notes: ${q(`Article ${s.id} of the dataset (articles/${s.file}, SHA-256 ${s.sha256}). English title: ${s.title_en}`)}`,
  ];
}

export function citationCff(data: SeedData, version: string): string {
  const { about } = data;
  return [
    'cff-version: 1.2.0',
    `message: ${q('If you use this dataset, please cite it as below, and cite the article each figure comes from (listed under references).')}`,
    'type: dataset',
    `title: ${q(`${about.title_en} (${about.title_zh})`)}`,
    `version: ${q(version)}`,
    `date-released: ${q(about.created)}`,
    'authors:',
    `  - name: ${q(about.creator)}`,
    `license: ${q(LICENSE.name)}`,
    `abstract: ${q(about.description_en)}`,
    'keywords:',
    ...about.keywords.map((k) => `  - ${q(k)}`),
    'references:',
    ...[...data.sources].sort((a, b) => (a.id < b.id ? -1 : 1)).flatMap(articleReference),
    '',
  ].join('\n');
}
