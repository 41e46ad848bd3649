import { z } from 'zod';

/** One invalid field of a request, as `path` (dot-separated) and a human message. */
export const fieldErrorSchema = z.object({ path: z.string(), message: z.string() });

/** RFC 9457 problem details, as every error response carries them. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z.array(fieldErrorSchema).optional(),
  /** On a version conflict: the item as it is now. */
  current: z.unknown().optional(),
});

export type Problem = z.infer<typeof problemSchema>;
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** Turns zod issues into field errors a form can show next to each field. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}
