/** /indicators and /indicators/{id}: everything comes from the resource's definition. */
import { indicatorResource } from '../../resources/index.ts';
import { resourceRoutes } from '../resources.ts';

export default resourceRoutes(indicatorResource);
