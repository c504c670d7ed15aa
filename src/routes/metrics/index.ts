/** /metrics: everything comes from the resource's definition. */
import { metricResource } from '../../resources/index.ts';
import { resourceRoutes } from '../resources.ts';

export default resourceRoutes(metricResource);
