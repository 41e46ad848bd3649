import { describe, expect, it } from 'vitest';
import { routes } from '../../hosts/routeTable';
import { buildOpenApi } from './openapi';

type Parameter = { name: string; in: string; required: boolean; schema: Record<string, unknown> };
const document = buildOpenApi(routes) as { paths: Record<string, Record<string, { parameters?: Parameter[] }>> };
const parametersOf = (path: string, method: string) => document.paths[path]?.[method]?.parameters ?? [];
const byName = (parameters: Parameter[]) => Object.fromEntries(parameters.map((parameter) => [`${parameter.in}:${parameter.name}`, parameter]));

describe('the OpenAPI document lists every parameter the handlers read', () => {
  it.each(['goals', 'wins', 'commitments'])('GET /api/me/%s: limit (1 to 200, default 50) and cursor, both optional', (plural) => {
    const parameters = byName(parametersOf(`/api/me/${plural}`, 'get'));
    expect(Object.keys(parameters).sort()).toEqual(['query:cursor', 'query:limit']);
    expect(parameters['query:limit']).toMatchObject({ required: false, schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } });
    expect(parameters['query:cursor']).toMatchObject({ required: false, schema: { type: 'string', maxLength: 2000 } });
  });

  it('the past 1:1s of a chat: the chat id in the path, limit up to 50 and cursor', () => {
    const parameters = byName(parametersOf('/api/chats/{chatId}/records', 'get'));
    expect(Object.keys(parameters).sort()).toEqual(['path:chatId', 'query:cursor', 'query:limit']);
    expect(parameters['path:chatId']).toMatchObject({ required: true });
    expect(parameters['query:limit']).toMatchObject({ schema: { maximum: 50, default: 20 } });
  });

  it.each([
    ['/api/me/commitments/summary', 'get'],
    ['/api/chats/{chatId}/space', 'get'],
  ])('%s takes an optional today as a date', (path, method) => {
    const today = byName(parametersOf(path, method))['query:today'];
    expect(today).toMatchObject({ required: false, schema: { type: 'string', format: 'date' } });
  });

  it('an item route names its id in the path', () => {
    expect(byName(parametersOf('/api/me/goals/{id}', 'put'))).toEqual({ 'path:id': { name: 'id', in: 'path', required: true, schema: { type: 'string' } } });
  });
});
