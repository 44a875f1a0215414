/**
 * GET /v1/openapi.json (no sign-in): the OpenAPI 3.1 document, generated from the whole route table and the request
 * schemas for this deployment's policy (its districts). Its own function because it is the one that needs every
 * route's definition; it needs no table and no app, only the policy. The route table and the generator load on the
 * first request (issue 17: they hold every route's code, which the module load need not parse).
 */
import { config } from '../lib/config';
import { httpHandler, json } from '../lib/http';

// Parsed at cold start like every function: an unknown HOTLINE_POLICY fails here, loudly.
const { policy } = config();

export const handler = httpHandler(async () => {
  const [{ cachedOpenApiDocument }, { ROUTES }] = await Promise.all([import('../api/openapi'), import('../api/routes')]);
  return json(200, cachedOpenApiDocument(ROUTES, policy.districts));
});
