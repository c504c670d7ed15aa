/** /sources and /sources/{id}: the articles, from the resource's definition. */
import { sourceResource } from '../../resources/index.ts';
import { resourceRoutes } from '../resources.ts';

export default resourceRoutes(sourceResource);
