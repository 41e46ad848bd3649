import { createHash, randomBytes } from 'node:crypto';
import { DOWNLOAD_LINK_TTL_MS, DOWNLOAD_TOKEN_PATTERN, downloadLinkWorks, downloadPath, type DownloadFile, type DownloadLink } from '../domain/downloads';
import { exportFileName } from '../domain/export';
import type { Caller } from '../domain/identity';
import { PRINT_VIEW_CSP, reviewPackHtml } from '../domain/reviewPack/packHtml';
import { reviewPackDocx } from '../domain/reviewPack/packDocx';
import { reviewPackMarkdown } from '../domain/reviewPack/packMarkdown';
import { reviewPackFileName } from '../domain/reviewPack/reviewPack';
import { useCase } from './errors';
import { exportMyData } from './exportData';
import { makeReviewPack } from './reviewPack';
import type { Services } from './services';

/** A file ready to send: its bytes or text, type, and how the browser should take it. */
export interface OpenedFile {
  readonly body: string | Uint8Array;
  readonly contentType: string;
  /** `attachment` saves it; `inline` shows it (the print view). */
  readonly disposition: 'attachment' | 'inline';
  readonly fileName: string;
  /** A Content-Security-Policy for a file a browser renders. */
  readonly csp?: string;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Makes a link that serves `file` of the caller's data to whoever opens it in the next ten minutes. */
export const createDownloadLink = useCase(async (services: Services, caller: Caller, file: DownloadFile, now: Date = new Date()): Promise<DownloadLink> => {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + DOWNLOAD_LINK_TTL_MS).toISOString();
  await services.downloads.put(hashOf(token), { owner: { tenantId: caller.tenantId, objectId: caller.objectId, name: caller.name }, file, expiresAt });
  return { path: downloadPath(token), expiresAt };
});

/** Makes the file a link names, from its owner's data as it is now. */
async function makeFile(services: Services, owner: Caller, file: DownloadFile, now: Date): Promise<OpenedFile> {
  if (file.file === 'export') {
    const exported = await exportMyData(services, owner, now);
    return { body: JSON.stringify(exported), contentType: 'application/json; charset=utf-8', disposition: 'attachment', fileName: exportFileName(exported.exportedAt) };
  }
  const pack = await makeReviewPack(services, owner, file.request);
  if (file.format === 'docx') {
    return { body: await reviewPackDocx(pack), contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', disposition: 'attachment', fileName: reviewPackFileName(pack, 'docx') };
  }
  if (file.format === 'markdown') return { body: reviewPackMarkdown(pack), contentType: 'text/markdown; charset=utf-8', disposition: 'attachment', fileName: reviewPackFileName(pack, 'md') };
  return { body: reviewPackHtml(pack), contentType: 'text/html; charset=utf-8', disposition: 'inline', fileName: reviewPackFileName(pack, 'html'), csp: PRINT_VIEW_CSP };
}

/**
 * The file behind a link, made now from its owner's data, or undefined when the token is
 * no link of ours or has expired (an expired row is removed on the way). A link may be
 * opened more than once while it works: browsers and Teams' link preview fetch twice.
 */
export const openDownload = useCase(async (services: Services, token: string, now: Date = new Date()): Promise<OpenedFile | undefined> => {
  if (!DOWNLOAD_TOKEN_PATTERN.test(token)) return undefined;
  const tokenHash = hashOf(token);
  const link = await services.downloads.get(tokenHash);
  if (link === undefined) return undefined;
  if (!downloadLinkWorks(link.expiresAt, now)) {
    await services.downloads.delete(tokenHash);
    return undefined;
  }
  return makeFile(services, link.owner, link.file, now);
});
