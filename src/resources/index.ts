/** Every record resource, in the order the API documents them. */
import { cityResource } from './cities.ts';
import { complaintResource } from './complaints.ts';
import { indicatorResource } from './indicators.ts';
import { initiativeResource } from './initiatives.ts';
import { metricResource } from './metrics.ts';
import { projectResource } from './projects.ts';
import { scopeResource } from './scopes.ts';
import { passageResource, sourceResource } from './sources.ts';

export {
  cityResource,
  complaintResource,
  indicatorResource,
  initiativeResource,
  metricResource,
  passageResource,
  projectResource,
  scopeResource,
  sourceResource,
};

export const RESOURCES = [
  cityResource,
  indicatorResource,
  initiativeResource,
  complaintResource,
  projectResource,
  sourceResource,
  passageResource,
  metricResource,
  scopeResource,
] as const;
