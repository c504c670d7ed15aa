/**
 * Which routes have a page, and which: keyed by the route's path as Fastify declares it. A route
 * listed here answers a browser with HTML and a program with JSON (src/http/negotiation.ts); the
 * OpenAPI document lists text/html for exactly these (src/http/docs.ts).
 */
import { articlePageOf } from './article/page.tsx';
import { checkPageOf } from './check.tsx';
import { cityPageOf } from './city.tsx';
import { comparePageOf } from './compare.tsx';
import type { Page } from './context.ts';
import { homePageOf } from './home.tsx';
import { indicatorListPage } from './lists/indicators.tsx';
import { complaintListPage, initiativeListPage, projectListPage } from './lists/records.tsx';
import { cityListPage, conflictListPage, metricListPage, passageListPage, scopeListPage, sourceListPage } from './lists/reference.tsx';
import { problemListPage, problemPageOf } from './problems.tsx';
import { indicatorRecordPage } from './records/indicator.tsx';
import { complaintRecordPage, initiativeRecordPage, projectRecordPage } from './records/others.tsx';
import { searchPageOf } from './search.tsx';
import { metricPageOf, passagePageOf, scopePageOf } from './vocabulary.tsx';

export const PAGES: Record<string, Page<never>> = {
  '/': homePageOf,
  '/cities': cityListPage,
  '/cities/:slug': cityPageOf,
  '/indicators': indicatorListPage,
  '/cities/:slug/indicators': indicatorListPage,
  '/indicators/:id': indicatorRecordPage,
  '/initiatives': initiativeListPage,
  '/cities/:slug/initiatives': initiativeListPage,
  '/initiatives/:id': initiativeRecordPage,
  '/complaints': complaintListPage,
  '/cities/:slug/complaints': complaintListPage,
  '/complaints/:id': complaintRecordPage,
  '/projects': projectListPage,
  '/cities/:slug/projects': projectListPage,
  '/projects/:id': projectRecordPage,
  '/metrics': metricListPage,
  '/metrics/:id': metricPageOf,
  '/scopes': scopeListPage,
  '/scopes/:id': scopePageOf,
  '/sources': sourceListPage,
  '/sources/:id': articlePageOf,
  '/passages': passageListPage,
  '/passages/:id': passagePageOf,
  '/conflicts': conflictListPage,
  '/compare': comparePageOf,
  '/search': searchPageOf,
  '/check': checkPageOf,
  '/problems': problemListPage,
  '/problems/:id': problemPageOf,
};
