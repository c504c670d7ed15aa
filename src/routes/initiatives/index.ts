/** /initiatives and /initiatives/{id}: everything comes from the resource's definition. */
import { initiativeResource } from '../../resources/index.ts';
import { resourceRoutes } from '../resources.ts';

export default resourceRoutes(initiativeResource);
