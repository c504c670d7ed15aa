/**
 * The dataset as a schema.org Dataset in JSON-LD, for search engines and data catalogues: GET /
 * with Accept: application/ld+json. Typed with schema-dts, so a misspelled property or a value of
 * the wrong type fails the typecheck. URLs are relative to the server, as JSON-LD resolves them
 * against the document's own address, unless the deployment says where it is published
 * (PUBLIC_URL): a search engine reading a copy elsewhere then still finds the API. The API never
 * echoes the Host a request names.
 */
import type { Dataset, NewsArticle, Person, WithContext } from 'schema-dts';
import { publicLink } from '../config.ts';
import { scriptLanguage } from '../domain/vocabulary.ts';
import type { Source } from '../resources/sources.ts';
import { type About, ARTICLES_RIGHTS, DOWNLOADS, type Download, LICENSE, tableDownload } from './about.ts';
import { TABLES } from './tables.ts';

/** What the metadata says of the data beyond its description: the area it covers and the days its figures span. */
export type Coverage = { area: { name_zh: string; name_en: string; code: string | null }; temporal: string | null };

const person = (name: string): Person => ({ '@type': 'Person', name });

/** An article the data rests on, as far as its text says. */
function article(s: Source, at: (path: string) => string): NewsArticle {
  const makers = s.authors.filter((a) => a.role !== 'editor');
  const editors = s.authors.filter((a) => a.role === 'editor');
  return {
    '@type': 'NewsArticle',
    '@id': at(`/sources/${s.id}`),
    headline: s.title_zh,
    inLanguage: scriptLanguage(s.script),
    ...(makers.length > 0 ? { author: makers.map((a) => person(a.name)) } : {}),
    ...(editors.length > 0 ? { editor: editors.map((a) => person(a.name)) } : {}),
    ...(s.published_on ? { datePublished: s.published_on } : {}),
    ...(s.outlet ? { publisher: { '@type': 'Organization', name: s.outlet } } : {}),
    description: `English title: ${s.title_en}`,
  };
}

const distribution = ({ path, mediaType, title }: Download, at: (path: string) => string) =>
  ({ '@type': 'DataDownload', contentUrl: at(path), encodingFormat: mediaType, name: title }) as const;

/** Every download the dataset has, as / links them. */
const ALL_DOWNLOADS: Download[] = [...Object.values(DOWNLOADS), ...TABLES.map((t) => tableDownload(t))];

export function datasetJsonLd(
  about: About,
  version: string,
  sources: Source[],
  coverage: Coverage,
  publicUrl?: string,
): WithContext<Dataset> {
  const at = (path: string) => publicLink(publicUrl, path) ?? path;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': at('/'),
    url: at('/'),
    name: [about.title_en, about.title_zh],
    description: [about.description_en, about.description_zh],
    inLanguage: ['en', 'zh'],
    version,
    dateModified: about.created,
    keywords: about.keywords,
    license: LICENSE.path,
    copyrightNotice: ARTICLES_RIGHTS,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: about.creator },
    spatialCoverage: {
      '@type': 'Place',
      name: [coverage.area.name_zh, coverage.area.name_en],
      address: { '@type': 'PostalAddress', addressRegion: coverage.area.name_zh, addressCountry: 'CN' },
      ...(coverage.area.code ? { identifier: `GB/T 2260 ${coverage.area.code}` } : {}),
    },
    ...(coverage.temporal ? { temporalCoverage: coverage.temporal } : {}),
    isBasedOn: sources.map((s) => article(s, at)),
    distribution: ALL_DOWNLOADS.map((d) => distribution(d, at)),
  };
}
