import { makeReviewPack } from '../../app/reviewPack';
import { reviewPackRequestSchema, reviewPackSchema } from '../../domain/reviewPack/reviewPack';
import { parseBody } from '../body';
import type { UserRoute } from '../types';

/** `POST /me/review-pack`: the pack for a period, to look over and pick from before downloading it. */
const previewRoute: UserRoute = {
  method: 'POST',
  path: '/me/review-pack',
  name: 'make-review-pack',
  summary:
    'My review pack for a period (at most two years), optionally only some goals\' wins, leaving out picked items: wins grouped by goal with dates, impact and evidence, commitments kept, and follow-through over what was due. Download it as .docx, Markdown or a print view by link (POST /me/downloads with file review-pack). A POST because the request carries lists; nothing is stored.',
  auth: 'user',
  requestBody: reviewPackRequestSchema,
  responseBody: reviewPackSchema,
  async handle(context) {
    return { status: 200, headers: { 'Cache-Control': 'no-store' }, body: await makeReviewPack(context.services, context.caller, parseBody(context.request, reviewPackRequestSchema)) };
  },
};

/** The review pack. */
export const reviewPackRoutes: UserRoute[] = [previewRoute];
