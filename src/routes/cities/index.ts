/** /cities, /cities/{slug}, and the lists of one area: its indicators, initiatives and complaints. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cityResource, complaintResource, indicatorResource, initiativeResource, projectResource } from '../../resources/index.ts';
import { resourceRoutes, scopedListRoute } from '../resources.ts';

const cityRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(resourceRoutes(cityResource));
  for (const resource of [indicatorResource, initiativeResource, complaintResource, projectResource])
    scopedListRoute(app, resource, cityResource);
};

export default cityRoutes;
