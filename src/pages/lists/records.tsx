/** The lists of initiatives, complaints and projects (also under /cities/{slug}/). */
import { periodWords } from '../../domain/period-words.ts';
import type { Complaint } from '../../resources/complaints.ts';
import { complaintResource, initiativeResource, projectResource } from '../../resources/index.ts';
import type { Initiative } from '../../resources/initiatives.ts';
import { PROJECT_FACETS, type Project } from '../../resources/projects.ts';
import type { ListQuery, Resource } from '../../resources/resource.ts';
import { Bilingual, Mixed, recordName, SourceLink } from '../components.tsx';
import { href, type Page, type PageContext } from '../context.ts';
import { citiesBySlug, facetsOf, sourcesById } from '../data.ts';
import { grouped } from '../format.ts';
import { nameOf } from '../names.ts';
import { latestEvent, StatusWords } from '../records/status.tsx';
import { UndatedNote } from '../undated.tsx';
import { FacetList } from './facets.tsx';
import { areaColumn, facetsFor, type ListBody, ListLayout, scopedArea } from './layout.tsx';

/** A cell of something the text does not give. */
const NotStated = ({ ctx }: { ctx: PageContext }) => <span class="note">{ctx.t.dateNotStated}</span>;

function initiativeList(ctx: PageContext, body: ListBody<Initiative>) {
  const { t, lang } = ctx;
  return (
    <ListLayout<Initiative>
      ctx={ctx}
      word={t.initiatives}
      body={body}
      facets={facetsFor(ctx, initiativeResource)}
      rowKey={(i) => i.id}
      columns={[
        {
          head: t.label,
          cell: (i) => (
            <a href={href(ctx, `/initiatives/${i.id}`)}>
              <Bilingual ctx={ctx} zh={i.name_zh} en={i.name_en} />
            </a>
          ),
        },
        { head: t.kind, cell: (i) => nameOf(i.kind, lang) },
        areaColumn(ctx),
        {
          head: t.description,
          // The reader's language where the record has it, else the other.
          cell: (i) => {
            const [text, tag] =
              lang === 'zh' && i.description_zh
                ? [i.description_zh, 'zh-Hans']
                : [i.description_en ?? i.description_zh, i.description_en ? 'en' : 'zh-Hans'];
            return text ? <span lang={tag}>{tag === 'en' ? <Mixed text={text} /> : text}</span> : null;
          },
        },
        { head: t.sources, cell: (i) => <SourceLinks ctx={ctx} evidence={i.evidence} /> },
      ]}
    />
  );
}

function complaintList(ctx: PageContext, body: ListBody<Complaint>) {
  const { t, lang } = ctx;
  return (
    <ListLayout<Complaint>
      ctx={ctx}
      word={t.complaints}
      body={body}
      facets={facetsFor(ctx, complaintResource)}
      rowKey={(c) => c.id}
      columns={[
        {
          head: t.label,
          cell: (c) => (
            <a href={href(ctx, `/complaints/${c.id}`)}>
              <Bilingual ctx={ctx} zh={c.title_zh} en={c.title_en} />
            </a>
          ),
        },
        areaColumn(ctx),
        // What the text does not give is said, not left an empty cell (a blank line on a phone, nothing to a screen reader).
        { head: t.reportedOn, cell: (c) => (c.reported_on ? periodWords(c.reported_on, lang) : <NotStated ctx={ctx} />) },
        {
          head: t.duration,
          cell: (c) => (c.duration_days !== null ? `${c.duration_days} ${t.days}` : <NotStated ctx={ctx} />),
          numeric: true,
        },
        {
          head: t.households,
          cell: (c) => (c.households !== null ? grouped(String(c.households), ctx.lang) : <NotStated ctx={ctx} />),
          numeric: true,
        },
      ]}
    />
  );
}

function projectList(ctx: PageContext, body: ListBody<Project>) {
  const { t, lang, app } = ctx;
  const cities = citiesBySlug(app);
  const area = scopedArea(ctx, cities);
  // Under /cities/{slug}/ the area is the path's: no facet of it.
  const facets = facetsOf(
    app,
    projectResource as Resource<object, ListQuery>,
    ctx.query,
    PROJECT_FACETS.filter((f) => !(area && f === 'city')),
  );
  const fieldNames: Record<string, string> = { city: t.area, sector: t.sector, kind: t.kind, corroborated: t.corroborated };
  const nameOfValue = (field: string, value: string) => {
    if (field === 'field') return fieldNames[value] ?? value;
    if (field === 'city') return recordName(ctx, cities.get(value), value);
    if (field === 'corroborated') return value === 'true' || value === '1' ? t.yes : t.no;
    return nameOf(value, lang);
  };
  return (
    <ListLayout<Project>
      ctx={ctx}
      word={t.projects}
      body={body}
      known={{ source: [...sourcesById(app).keys()] }}
      intro={<UndatedNote ctx={ctx} undated={body.meta.undated} path={ctx.path} of="projects" />}
      facets={facets ? <FacetList ctx={ctx} facets={facets} nameOfValue={nameOfValue} /> : null}
      rowKey={(p) => p.id}
      columns={[
        {
          head: t.label,
          cell: (p) => (
            <a href={href(ctx, `/projects/${p.id}`)}>
              <Bilingual ctx={ctx} zh={p.name_zh} en={p.name_en} />
            </a>
          ),
        },
        // Under /cities/{slug}/ every row is of the path's area.
        ...(area ? [] : [areaColumn<Project>(ctx)]),
        { head: t.sector, cell: (p) => nameOf(p.sector, lang) },
        { head: t.kind, cell: (p) => nameOf(p.kind, lang) },
        {
          head: t.latestStatus,
          cell: (p) => {
            const latest = latestEvent(p.events);
            // A project the text names without saying what happened to it: said, not an empty cell.
            return latest ? <StatusWords ctx={ctx} event={latest} /> : <NotStated ctx={ctx} />;
          },
        },
        {
          head: t.sources,
          cell: (p) => <SourceLinks ctx={ctx} evidence={p.evidence} />,
        },
      ]}
    />
  );
}

export const initiativeListPage: Page<ListBody<Initiative>> = { render: initiativeList };
export const complaintListPage: Page<ListBody<Complaint>> = { render: complaintList };
export const projectListPage: Page<ListBody<Project>> = { render: projectList };

/** A record's articles in order, each linked to the first passage it quotes there. */
function SourceLinks({ ctx, evidence }: { ctx: PageContext; evidence: Project['evidence'] }) {
  return [...new Set(evidence.map((e) => e.source))].sort().map((source, k) => {
    const first = evidence.find((e) => e.source === source);
    return (
      <span key={source}>
        {k > 0 ? ', ' : ''}
        {first ? <SourceLink ctx={ctx} passage={first} /> : source}
      </span>
    );
  });
}
