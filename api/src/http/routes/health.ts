import { z } from 'zod';
import { storageReachable } from '../../app/health';
import { RETRY_AFTER_SECONDS } from '../errors';
import type { PublicRoute } from '../types';

const healthSchema = z.object({ status: z.enum(['ok', 'unavailable']) });

/** Liveness that includes storage: 503 when Table Storage cannot be reached. */
export const healthRoute: PublicRoute = {
  method: 'GET',
  path: '/health',
  name: 'health',
  summary: 'Is the API up and can it reach storage?',
  auth: 'none',
  responseBody: healthSchema,
  async handle(context) {
    if (await storageReachable(context.services)) return { status: 200, body: { status: 'ok' } };
    return { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) }, body: { status: 'unavailable' } };
  },
};
