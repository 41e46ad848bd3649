import { z } from 'zod';

/**
 * The `Idempotency-Key` header of a create: a retry with the same key returns the first
 * result. One format and one message for every route that takes it, personal or shared.
 */
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,128}$/, 'Use 8 to 128 letters, digits, - or _.');
