/** A project's status events as pages show them: its latest, and each in words. */

import { periodWords } from '../../domain/period-words.ts';
import type { Project } from '../../resources/projects.ts';
import { Bilingual } from '../components.tsx';
import type { PageContext } from '../context.ts';
import { nameOf } from '../names.ts';

type ProjectEvent = Project['events'][number];

/**
 * A project's latest status event: the one of the latest period when every event has one, else the
 * last the text tells (it tells them in order, and an event without a period cannot be placed by date).
 */
export function latestEvent(events: readonly ProjectEvent[]): ProjectEvent | undefined {
  if (events.length > 0 && events.every((e) => e.period_end !== null))
    return events.reduce((latest, e) => ((e.period_end ?? '') >= (latest.period_end ?? '') ? e : latest));
  return events.at(-1);
}

/** A status event in words: its status in both languages, and when, where the text says. */
export function StatusWords({ ctx, event }: { ctx: PageContext; event: ProjectEvent }) {
  return (
    <>
      <Bilingual ctx={ctx} zh={nameOf(event.status, 'zh')} en={nameOf(event.status, 'en')} />
      {event.period ? <span class="circumstances">{` · ${periodWords(event.period, ctx.lang)}`}</span> : null}
    </>
  );
}
