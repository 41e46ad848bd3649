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
    ['/api/me/feedback/summary', 'get'],
  ])('%s takes an optional today as a date', (path, method) => {
    const today = byName(parametersOf(path, method))['query:today'];
    expect(today).toMatchObject({ required: false, schema: { type: 'string', format: 'date' } });
  });

  it('an item route names its id in the path', () => {
    expect(byName(parametersOf('/api/me/goals/{id}', 'put'))).toEqual({ 'path:id': { name: 'id', in: 'path', required: true, schema: { type: 'string' } } });
  });
});

describe('the OpenAPI document covers the manager profile', () => {
  const operations = (path: string) => Object.keys(document.paths[path] ?? {}).sort();

  it('lists the view, the three kinds and the 1:1 capture', () => {
    expect(operations('/api/me/manager')).toEqual(['get']);
    for (const plural of ['managers', 'insights', 'priorities']) {
      expect(operations(`/api/me/${plural}`)).toEqual(['get', 'post']);
      expect(operations(`/api/me/${plural}/{id}`)).toEqual(['delete', 'get', 'put']);
    }
    expect(operations('/api/chats/{chatId}/agenda/{id}/save-to-profile')).toEqual(['post']);
  });

  it('describes the 1:1 capture’s body with its contract: where it goes, the text, the day', () => {
    const operation = document.paths['/api/chats/{chatId}/agenda/{id}/save-to-profile']?.post as { requestBody?: { content: Record<string, { schema: { required?: string[] } }> } } | undefined;
    expect(operation?.requestBody?.content['application/json']?.schema.required?.sort()).toEqual(['notedOn', 'target', 'text']);
  });
});

describe('the OpenAPI document covers exporting and deleting my data', () => {
  type Operation = { summary: string; responses: Record<string, { content?: Record<string, { schema: { required?: string[]; properties?: Record<string, { required?: string[] }> } }> }> };
  const operation = (path: string, method: string) => document.paths[path]?.[method] as Operation | undefined;

  it('GET /api/me/export answers the export contract: when, whose, and one list per kind', () => {
    const schema = operation('/api/me/export', 'get')?.responses['200']?.content?.['application/json']?.schema;
    expect(schema?.required?.sort()).toEqual(['exportedAt', 'items', 'oneOnOnes', 'user']);
    expect(schema?.properties?.items?.required?.sort()).toEqual(['askedOfManager', 'commitments', 'feedback', 'goalHelp', 'goals', 'insights', 'managers', 'priorities', 'updates', 'wins']);
  });

  it('DELETE /api/me/data answers 204 and names the header it needs', () => {
    const remove = operation('/api/me/data', 'delete');
    expect(Object.keys(remove?.responses ?? {}).sort()).toEqual(['204', 'default']);
    expect(remove?.summary).toContain('Upward-Confirm: delete-all-my-data');
  });
});

describe('the OpenAPI document covers feedback', () => {
  it.each([
    ['/api/me/feedback', ['get', 'post']],
    ['/api/me/feedback/{id}', ['delete', 'get', 'put']],
    ['/api/me/feedback/{id}/commitments', ['post']],
    ['/api/chats/{chatId}/agenda/tell-what-changed', ['post']],
    ['/api/chats/{chatId}/agenda/{id}/save-as-feedback', ['post']],
  ])('%s', (path, methods) => {
    expect(Object.keys(document.paths[path] ?? {}).sort()).toEqual(methods);
  });
});

describe('the OpenAPI document covers heads-ups', () => {
  type Operation = { responses: Record<string, { content?: Record<string, { schema: { required?: string[] } }> }> };
  const operation = (path: string, method: string) => document.paths[path]?.[method] as Operation | undefined;

  it('posting a heads-up’s card later: POST with the chat and heads-up ids in the path, no body', () => {
    const path = '/api/chats/{chatId}/heads-ups/{id}/card';
    expect(Object.keys(document.paths[path] ?? {})).toEqual(['post']);
    expect(Object.keys(byName(parametersOf(path, 'post'))).sort()).toEqual(['path:chatId', 'path:id']);
    expect(document.paths[path]?.post).not.toHaveProperty('requestBody');
  });

  it.each([
    ['/api/chats/{chatId}/heads-ups', 'post', '201'],
    ['/api/chats/{chatId}/heads-ups/{id}/decision', 'post', '200'],
    ['/api/chats/{chatId}/heads-ups/{id}/card', 'post', '200'],
  ])('%s answers a heads-up that says whether its card is in the chat', (path, method, status) => {
    const schema = operation(path, method)?.responses[status]?.content?.['application/json']?.schema;
    expect(schema?.required).toContain('cardPosted');
  });
});
