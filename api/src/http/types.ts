import type { z } from 'zod';
import type { Caller } from '../domain/identity';
import type { Services } from '../app/services';

/** An HTTP request as both hosts (Azure Functions and the local node:http host) hand it over. */
export interface ApiRequest {
  readonly method: string;
  /** The path below `/api`, e.g. `/me/goals/01H...`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: { get(name: string): string | null };
  /** The raw body; hosts stop reading past {@link MAX_BODY_BYTES} + 1 bytes. */
  readonly body: Uint8Array;
}

/** What a handler answers; `body` is serialised as JSON unless it is already a string or bytes (a file). */
export interface ApiResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** Everything a handler gets. `caller` is set on every route that requires a user. */
export interface RouteContext {
  readonly request: ApiRequest;
  readonly params: Readonly<Record<string, string>>;
  readonly services: Services;
}

/** A handler for a route that requires a validated user token. */
export interface UserRouteContext extends RouteContext {
  readonly caller: Caller;
}

interface RouteBase {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Below `/api`, with `{name}` parameters, e.g. `/me/goals/{id}`. */
  readonly path: string;
  /** Stable name: the Azure Function's name and the OpenAPI operationId. */
  readonly name: string;
  readonly summary: string;
  readonly requestBody?: z.ZodType;
  /** The query parameters the handler validates with this same schema; the OpenAPI document lists them. */
  readonly query?: z.ZodObject;
  readonly responseBody?: z.ZodType;
  readonly successStatus?: number;
}

/** A route any caller may use (health, OpenAPI, the bot endpoint that botbuilder authenticates). */
export interface PublicRoute extends RouteBase {
  readonly auth: 'none';
  handle(context: RouteContext): Promise<ApiResponse>;
}

/** A route that requires a valid bearer token. */
export interface UserRoute extends RouteBase {
  readonly auth: 'user';
  handle(context: UserRouteContext): Promise<ApiResponse>;
}

export type Route = PublicRoute | UserRoute;
