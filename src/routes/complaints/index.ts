/** /complaints and /complaints/{id}: everything comes from the resource's definition. */
import { complaintResource } from '../../resources/index.ts';
import { resourceRoutes } from '../resources.ts';

export default resourceRoutes(complaintResource);
