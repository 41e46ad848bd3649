import { z } from 'zod';
import { StorageUnavailableError } from '../../store/errors';
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
    try {
      await context.services.personal.ping();
      return { status: 200, body: { status: 'ok' } };
    } catch (error) {
      if (!(error instanceof StorageUnavailableError)) throw error;
      return { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) }, body: { status: 'unavailable' } };
    }
  },
};
