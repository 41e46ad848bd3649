import { z } from 'zod';
import { problemSchema } from '../../domain/problems';
import type { PublicRoute, Route } from '../types';

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): unknown {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' });
}

/** The path's `{name}` parameters and the route's query schema, as OpenAPI parameters. */
function parametersOf(route: Route): Record<string, unknown>[] {
  const pathParameters = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const shape: Record<string, z.ZodType> = route.query?.shape ?? {};
  const queryParameters = Object.entries(shape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !schema.safeParse(undefined).success,
    schema: schemaOf(schema, 'input'),
  }));
  return [...pathParameters, ...queryParameters];
}

/** Builds the OpenAPI 3.1 document from the route table and its zod schemas. */
export function buildOpenApi(routes: readonly Route[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const problem = { 'application/problem+json': { schema: schemaOf(problemSchema, 'output') } };
  for (const route of routes) {
    const parameters = parametersOf(route);
    const operation: Record<string, unknown> = {
      operationId: route.name,
      summary: route.summary,
      security: route.auth === 'user' ? [{ bearer: [] }] : [],
      ...(parameters.length === 0 ? {} : { parameters }),
      responses: {
        [String(route.successStatus ?? 200)]: {
          description: 'Success',
          ...(route.responseBody === undefined ? {} : { content: { 'application/json': { schema: schemaOf(route.responseBody, 'output') } } }),
        },
        default: { description: 'A problem', content: problem },
      },
      ...(route.requestBody === undefined
        ? {}
        : { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.requestBody, 'input') } } } }),
    };
    paths[`/api${route.path}`] = { ...paths[`/api${route.path}`], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Upward API', version: '1' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  };
}

/** `GET /api/openapi.json`, generated once from the routes it is given. */
export function openApiRoute(routes: () => readonly Route[]): PublicRoute {
  let document: Record<string, unknown> | undefined;
  return {
    method: 'GET',
    path: '/openapi.json',
    name: 'openapi',
    summary: 'This document.',
    auth: 'none',
    async handle() {
      document ??= buildOpenApi(routes());
      return { status: 200, body: document };
    },
  };
}
