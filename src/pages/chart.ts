/**
 * A comparison's chart: Apache ECharts rendered on the server to SVG (no DOM, no canvas), in base
 * units with magnitudes a reader knows (429.49亿, 42.9 billion). Bars for one period, grouped bars
 * or lines for several; every mark a link to its record. ECharts drops its aria settings when it
 * renders on the server, so the SVG gets a title, a description and a role here, and each mark
 * link its name; the table under the chart carries the same figures.
 */

import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { BarChart, LineChart } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption } from 'echarts/components';
import { GridComponent, LegendComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { withQualifier } from '../domain/hedges.ts';
import { periodWords } from '../domain/period-words.ts';
import { type Unit, unitWord } from '../domain/units.ts';
import type { Language } from '../http/negotiation.ts';
import { inLanguage } from './context.ts';
import { axisFigure, qualifiedFigure } from './format.ts';
import { wordsFor } from './i18n.ts';
import { plannedMark } from './names.ts';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

type Option = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption>;

export type ChartRow = {
  city: string;
  city_name_zh: string;
  city_name_en: string;
  period: string | null;
  period_start: string | null;
  value_base: number;
  unit: string;
  indicator: string;
  /** A plan or an expectation, not an outcome: drawn hollow, with a dashed outline. */
  estimated?: boolean;
  /** more_than, approx …: the bar's label says it (超过1650, more than 1,650), as the bare number would read as exact. */
  qualifier?: string;
};

/** System fonts with CJK fallbacks, single-quoted: zrender writes the list into a double-quoted style attribute. */
const FONTS =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
/** Colours that keep 3:1 against white for the marks, and the text dark. */
const PALETTE = ['#1f5fa8', '#b5462c', '#2e7d4f', '#7a4fa0', '#8a5a00', '#2f6f7f', '#a23b72', '#4a5a1f'];
const TEXT = '#333333';

/** A mark's value, hollow with a dashed outline in its series' colour where its figure is planned or expected. */
const markOf = (row: ChartRow | undefined, colour: string) =>
  row?.estimated
    ? {
        value: row.value_base,
        symbol: 'emptyDiamond',
        itemStyle: { color: '#ffffff', borderColor: colour, borderWidth: 2, borderType: 'dashed' as const },
      }
    : (row?.value_base ?? null);

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `narrow`: drawn for a phone's width, a few bars whose labels fit it (else the chart scrolls sideways there). */
export type Chart = { svg: string; kind: 'bars' | 'grouped' | 'lines'; narrow: boolean };

/**
 * The chart of a comparison's rows, with `title` and `description` for screen readers and a link on
 * every mark: `hrefOf(row)` and its name `labelOf(row)`.
 */
export function comparisonChart(
  rows: readonly ChartRow[],
  {
    lang,
    id,
    title,
    description,
    hrefOf,
    labelOf,
  }: {
    lang: Language;
    id: string;
    title: string;
    description: string;
    hrefOf: (row: ChartRow) => string;
    labelOf: (row: ChartRow) => string;
  },
): Chart {
  const unit = (rows[0]?.unit ?? 'count') as Unit;
  const cityName = (r: ChartRow) => inLanguage({ lang }, r, 'city_name');
  const cities = [...new Map(rows.map((r) => [r.city, cityName(r)])).entries()];
  const periodKey = (r: ChartRow) => r.period ?? '';
  const periods = [...new Set([...rows].sort((a, b) => (a.period_start ?? '9999').localeCompare(b.period_start ?? '9999')).map(periodKey))];
  const oneEach = new Set(rows.map((r) => `${r.city}\0${periodKey(r)}`)).size === rows.length;
  // Lines or groups only where an area has figures of two periods or more: one figure an area is a bar each.
  const onePerArea = cities.length === rows.length;
  const kind: Chart['kind'] = periods.length <= 1 || !oneEach || onePerArea ? 'bars' : periods.length === 2 ? 'grouped' : 'lines';
  const periodName = (p: string) => periodWords(p || null, lang);

  // Each mark's row, by series and data index, for its link.
  const marks: (ChartRow | undefined)[][] = [];
  let categories: string[];
  let series: (BarSeriesOption | LineSeriesOption)[];
  const label = {
    show: true,
    color: TEXT,
    fontFamily: FONTS,
    formatter: (p: { value: unknown; seriesIndex?: number; dataIndex?: number }) =>
      withQualifier(axisFigure(Number(p.value), unit, lang), marks[p.seriesIndex ?? 0]?.[p.dataIndex ?? 0]?.qualifier ?? 'exact', lang),
  };
  if (kind === 'bars') {
    // One bar a row: one period, or rows that do not make a grid (two figures for one city and period).
    const planned = (r: ChartRow) => (r.estimated ? `\n${plannedMark(r, lang).trim()}` : '');
    categories = rows.map(
      // The area and the period each on a line of its own, so a narrow slot breaks neither inside a date.
      (r) => `${periods.length <= 1 && oneEach ? cityName(r) : `${cityName(r)}\n${periodName(periodKey(r))}`}${planned(r)}`,
    );
    // Two figures of one area and period (articles that disagree, or scopes): each bar names its record.
    const repeated = new Set(categories.filter((c, k) => categories.indexOf(c) !== k));
    categories = categories.map((c, k) => (repeated.has(c) ? `${c}\n${rows[k].indicator}` : c));
    marks.push([...rows]);
    series = [
      {
        type: 'bar',
        name: periods.length === 1 ? periodName(periods[0]) : '',
        data: rows.map((r) => markOf(r, PALETTE[0])),
        label: { ...label, position: 'top' },
        barMaxWidth: 64,
      },
    ];
  } else {
    categories = periods.map(periodName);
    series = cities.map(([slug, name], k) => {
      const byPeriod = periods.map((p) => rows.find((r) => r.city === slug && periodKey(r) === p));
      marks.push(byPeriod);
      const data = byPeriod.map((r) => markOf(r, PALETTE[k % PALETTE.length]));
      return kind === 'lines'
        ? ({ type: 'line', name, data, symbolSize: 12, connectNulls: true, label: { ...label, position: 'top' } } as LineSeriesOption)
        : // Side by side, small bars' labels would overlap (141 million over 35 million): the table below gives them.
          ({
            type: 'bar',
            name,
            data,
            label: { ...label, position: 'top' },
            labelLayout: { hideOverlap: true },
            barMaxWidth: 48,
          } as BarSeriesOption);
    });
  }
  // A few bars fit a phone's width; more, or lines and their legend, keep the width their labels need.
  const narrow = kind === 'bars' && categories.length <= 3;
  const width = narrow ? 400 : 720;
  const option: Option = {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: FONTS, color: TEXT },
    legend: kind === 'bars' ? { show: false } : { bottom: 0, textStyle: { color: TEXT, fontFamily: FONTS } },
    // Axis labels inside the chart's box (what containLabel did before ECharts 6).
    grid: { top: 36, left: 16, right: 24, bottom: kind === 'bars' ? 24 : 48, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: categories,
      // Each label breaks into lines within its own slot of the axis, so neighbours never overlap.
      axisLabel: {
        color: TEXT,
        fontFamily: FONTS,
        interval: 0,
        overflow: 'break',
        // The slot is the plot's width (the chart's, less the value axis's labels and the margins) a category, less a gap.
        width: Math.max(48, Math.min(110, Math.floor((width - 120) / categories.length) - 12)),
      },
    },
    // The axis's labels give magnitudes (500亿, 10 billion); its name, the unit they are of (元, yuan).
    yAxis: {
      type: 'value',
      name: unit === 'percent' ? '' : unitWord(unit, lang),
      nameTextStyle: { color: TEXT, fontFamily: FONTS, align: 'left' },
      axisLabel: { color: TEXT, fontFamily: FONTS, formatter: (v: number) => axisFigure(v, unit, lang) },
    },
    series,
  };
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height: 400 });
  let svg: string;
  try {
    chart.setOption(option);
    svg = chart.renderToSVGString({ useViewBox: true });
  } finally {
    chart.dispose();
  }
  // zrender names the SVG's ids and CSS classes after counters it keeps for the whole process
  // (zr0-cls-0, zr4-c0 for a line chart's clip path; later zr1-cls-2, zr5-c0): renamed after the
  // chart's id and numbered in order of appearance, the same request gives the same bytes, as its
  // ETag promises, and two charts of one page still keep apart.
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  svg = svg.replace(/\bzr\d+-([a-z]+-?)\d+\b/g, (name, kind: string) => {
    let to = renamed.get(name);
    if (!to) {
      const k = counts.get(kind) ?? 0;
      counts.set(kind, k + 1);
      to = `${id}-${kind}${k}`;
      renamed.set(name, to);
    }
    return to;
  });
  // A mark's <path> names its series and data index (ECharts writes these when it renders for the server).
  svg = svg.replace(/<path\b[^>]*\becmeta_ssr_type="chart"[^>]*><\/path>/g, (element) => {
    const s = /\becmeta_series_index="(\d+)"/.exec(element)?.[1];
    const d = /\becmeta_data_index="(\d+)"/.exec(element)?.[1];
    const row = s === undefined || d === undefined ? undefined : marks[Number(s)]?.[Number(d)];
    if (!row) return element;
    const name = `${labelOf(row)}${wordsFor(lang).colon}${qualifiedFigure(row.value_base, unit, row.qualifier ?? 'exact', lang)}`;
    return `<a href="${escapeXml(hrefOf(row))}" aria-label="${escapeXml(name)}"><title>${escapeXml(name)}</title>${element}</a>`;
  });
  // The axis ticks and value labels are drawn text, said already by the description and each mark's name:
  // hidden, so a screen reader does not read 'yuan 0 20 billion 40 billion …' apart from the bars.
  svg = svg.replace(/<text\b/g, '<text aria-hidden="true"');
  // Links inside role=img are hidden from assistive technology: the chart is a group of named links.
  svg = svg
    .replace(/^<svg\b/, `<svg role="group" aria-labelledby="${id}-title ${id}-desc" focusable="false"`)
    .replace(/(<svg[^>]*>)/, `$1<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>`);
  return { svg, kind, narrow };
}
