/** /metrics and /scopes: the vocabularies of measures, each from its resource's definition. */
import type { FastifyPluginAsync } from 'fastify';
import { metricResource, scopeResource } from '../../resources/index.ts';
import { resourceRoutes } from '../resources.ts';

const metricRoutes: FastifyPluginAsync = async (app) => {
  await app.register(resourceRoutes(metricResource));
  await app.register(resourceRoutes(scopeResource));
};

export default metricRoutes;
