/** /passages/{id}: one verbatim span, from the resource's definition. */
import { passageResource } from '../../resources/index.ts';
import { resourceRoutes } from '../resources.ts';

export default resourceRoutes(passageResource);
