import { z } from 'zod';
import { reviewPackRequestSchema } from './reviewPack/reviewPack';

/**
 * What a download link serves. A tab in Teams cannot hand the user a file it fetched (the
 * desktop client allows a blob download once, mobile never), so files are served by URL:
 * the tab asks for a short-lived link with its token, then opens the link in a browser
 * that carries no token. The link is the credential, so it names only what to make, and
 * the file is made from the owner's data when it is opened.
 */
export const downloadFileSchema = z.discriminatedUnion('file', [
  /** Everything in my own space, as `GET /me/export` returns it. */
  z.strictObject({ file: z.literal('export') }),
  /** My review pack for a period: Word, Markdown, or a page to print (or save as PDF). */
  z.strictObject({ file: z.literal('review-pack'), format: z.enum(['docx', 'markdown', 'print']), request: reviewPackRequestSchema }),
]);
export type DownloadFile = z.infer<typeof downloadFileSchema>;

/** `POST /me/downloads`: the link to open, below the API's base URL, and until when it works. */
export const downloadLinkSchema = z.object({
  /** Below `/api`, like every route: `/downloads/{token}`. */
  path: z.string(),
  expiresAt: z.iso.datetime(),
});
export type DownloadLink = z.infer<typeof downloadLinkSchema>;

/** Long enough to open a link after a slow sign-in prompt, short enough that a copied link soon stops working. */
export const DOWNLOAD_LINK_TTL_MS = 10 * 60 * 1000;

/** A link's token: 32 random bytes in base64url (no padding). Anything else is not a link of ours. */
export const DOWNLOAD_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The path of the link with this token. */
export function downloadPath(token: string): string {
  return `/downloads/${token}`;
}

/** Whether a link made to expire at `expiresAt` (ISO time) still works at `now`. */
export function downloadLinkWorks(expiresAt: string, now: Date): boolean {
  return Date.parse(expiresAt) > now.getTime();
}
