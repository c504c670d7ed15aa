/** /projects and /projects/{id}: everything comes from the resource's definition. */
import { projectResource } from '../../resources/index.ts';
import { resourceRoutes } from '../resources.ts';

export default resourceRoutes(projectResource);
