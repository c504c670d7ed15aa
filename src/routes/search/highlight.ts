/**
 * A search hit's highlight: text with each match wrapped in <mark>…</mark> and the rest HTML-escaped,
 * made here for /search's answer, and read back here into text by the page and the MCP tool's lines.
 */

export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** `text` with the runs `marks` marked, the rest escaped. */
export function markRuns(text: string, marks: readonly (readonly [number, number])[]): string {
  let out = '';
  let cursor = 0;
  for (const [start, end] of marks) {
    out += `${escapeHtml(text.slice(cursor, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    cursor = end;
  }
  return out + escapeHtml(text.slice(cursor));
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Text a highlight escaped, as text again. */
export const unescaped = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

/** A highlight's text without its marks. */
export const unmarked = (highlight: string) => unescaped(highlight.replace(/<\/?mark>/g, ''));
