import { deleteMyData } from '../../app/deleteData';
import { createDownloadLink, openDownload, type OpenedFile } from '../../app/downloads';
import { exportMyData } from '../../app/exportData';
import { listMyChats } from '../../app/myChats';
import { myChatsSchema } from '../../domain/chat';
import { DOWNLOAD_LINK_TTL_MS, downloadFileSchema, downloadLinkSchema } from '../../domain/downloads';
import { DELETE_ALL_CONFIRMATION, exportFileName, exportSchema, type Export } from '../../domain/export';
import { parseBody } from '../body';
import { HttpError } from '../errors';
import type { ApiResponse, PublicRoute, UserRoute } from '../types';

// Files of someone's data: never cached, never sent on as a referrer, never sniffed as another type.
const FILE_HEADERS = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff' } as const;

/** The export as a file to keep. */
function exportFile(body: Export): ApiResponse {
  return { status: 200, headers: { ...FILE_HEADERS, 'Content-Disposition': `attachment; filename="${exportFileName(body.exportedAt)}"` }, body };
}

/** A file a link opened, with its type, disposition and, for a page, its CSP. */
function fileResponse(file: OpenedFile): ApiResponse {
  return {
    status: 200,
    headers: {
      ...FILE_HEADERS,
      'Content-Type': file.contentType,
      'Content-Disposition': `${file.disposition}; filename="${file.fileName}"`,
      ...(file.csp === undefined ? {} : { 'Content-Security-Policy': file.csp }),
    },
    body: file.body,
  };
}

/** `GET /me/export`: all my own data as a JSON file to keep. */
const exportRoute: UserRoute = {
  method: 'GET',
  path: '/me/export',
  name: 'export-my-data',
  summary:
    'Everything Upward keeps in my own space, grouped by kind (goals, wins, commitments, manager profiles, insights, priorities, what my manager left me in our 1:1s, feedback, progress updates), and under `oneOnOnes` what I wrote in each 1:1 chat I am in (talking points, also as filed in records, comments, heads-ups; never the other person’s), as a JSON download. The tab downloads it by link (POST /me/downloads).',
  auth: 'user',
  responseBody: exportSchema,
  async handle(context) {
    return exportFile(await exportMyData(context.services, context.caller));
  },
};

/** `POST /me/downloads`: a short-lived link that serves one of my files to a browser. */
const createLinkRoute: UserRoute = {
  method: 'POST',
  path: '/me/downloads',
  name: 'create-download-link',
  summary: `A link to download a file of my data (the export, or a review pack), for a browser that has no token: Teams lets a tab hand over a file it fetched once at most. Open the returned path below /api within ${String(DOWNLOAD_LINK_TTL_MS / 60_000)} minutes; the file is made when it is opened.`,
  auth: 'user',
  requestBody: downloadFileSchema,
  responseBody: downloadLinkSchema,
  successStatus: 201,
  async handle(context) {
    const file = parseBody(context.request, downloadFileSchema);
    return { status: 201, headers: { 'Cache-Control': 'no-store' }, body: await createDownloadLink(context.services, context.caller, file) };
  },
};

/** `GET /downloads/{token}`: the file behind a link; the link is the credential. */
const openLinkRoute: PublicRoute = {
  method: 'GET',
  path: '/downloads/{token}',
  name: 'open-download-link',
  summary: 'The file a link from POST /me/downloads serves, made now from its owner\'s data: the export (JSON), or the review pack as .docx, Markdown or a page to print. No token: the link itself, unguessable and short-lived, is the credential. An unknown or expired link is 404.',
  auth: 'none',
  async handle(context) {
    const opened = await openDownload(context.services, context.params.token ?? '');
    if (opened === undefined) {
      throw new HttpError(404, 'download_link_expired', 'This download link has expired or does not exist.', {
        detail: 'Links work for a few minutes. Go back to Upward and choose Download again.',
      });
    }
    return fileResponse(opened);
  },
};

/** `DELETE /me/data`: deletes all my own data, only with the confirmation header. */
const deleteRoute: UserRoute = {
  method: 'DELETE',
  path: '/me/data',
  name: 'delete-my-data',
  summary: `Deletes everything Upward keeps in my own space (the same items as /me/export) and my nudge settings. Send the header ${DELETE_ALL_CONFIRMATION.header}: ${DELETE_ALL_CONFIRMATION.value}; without it nothing is deleted (400). Deleting again answers 204 too. In the 1:1 chats I am in, what I wrote is removed (talking points, comments, heads-ups, my entries in records); the other person’s entries stay.`,
  auth: 'user',
  successStatus: 204,
  async handle(context) {
    if (context.request.headers.get(DELETE_ALL_CONFIRMATION.header)?.trim() !== DELETE_ALL_CONFIRMATION.value) {
      throw new HttpError(400, 'confirmation_required', 'Deleting all your data needs a confirmation.', {
        detail: `Send the header ${DELETE_ALL_CONFIRMATION.header}: ${DELETE_ALL_CONFIRMATION.value} to delete everything Upward keeps about you. Nothing was deleted.`,
      });
    }
    await deleteMyData(context.services, context.caller);
    return { status: 204 };
  },
};

/** `GET /me/chats`: the 1:1 chats I am in, to send an update to or open. */
const myChatsRoute: UserRoute = {
  method: 'GET',
  path: '/me/chats',
  name: 'list-my-chats',
  summary: 'The chats with Upward that I am a member of now (by each chat’s roster, as the bot learns it from Teams), with the names of the others in each.',
  auth: 'user',
  responseBody: myChatsSchema,
  async handle(context) {
    return { status: 200, headers: { 'Cache-Control': 'no-store' }, body: await listMyChats(context.services, context.caller) };
  },
};

/** The caller's whole data: export it (directly or by link), or delete it; and the chats it spans. */
export const myDataRoutes: (UserRoute | PublicRoute)[] = [exportRoute, createLinkRoute, openLinkRoute, deleteRoute, myChatsRoute];
