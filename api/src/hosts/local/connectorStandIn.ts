import { createServer, type Server } from 'node:http';
import { freePort } from './azurite';

/** One call the stand-in received, as the Bot Connector would have. */
export interface ReceivedActivity {
  readonly method: 'POST' | 'PUT';
  readonly conversationId: string;
  /** The id the stand-in gave the posted activity (POST), or the one updated (PUT). */
  readonly activityId: string;
  readonly activity: Record<string, unknown>;
}

/** A running stand-in: where it listens, what reached it, and how to make it fail. */
export interface ConnectorStandIn {
  /** The serviceUrl to store in conversation references, with a trailing slash as Teams gives it. */
  readonly serviceUrl: string;
  /** Every activity that would have reached Teams, oldest first (refused calls are not recorded). */
  readonly received: ReceivedActivity[];
  /** Answers the next `count` calls with `status` (429 with Retry-After: 0, say) instead of accepting them. */
  failNext(status: number, count: number): void;
  /** Forgets failures still queued by {@link failNext}. */
  clearFailures(): void;
  stop(): Promise<void>;
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

/**
 * A local stand-in for the Bot Connector (Teams' side of proactive messages): accepts the
 * two routes botbuilder calls to post and update activities and records what it got, so the
 * local host and tests see what would have reached a user: `POST /v3/conversations/{id}/activities`
 * (and `…/activities/{replyToId}`) posts, `PUT …/activities/{activityId}` updates. Never deployed.
 */
export async function startConnectorStandIn(port = 0): Promise<ConnectorStandIn> {
  const received: ReceivedActivity[] = [];
  const failures: number[] = [];
  let counter = 0;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const match = ACTIVITIES.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
      const method = req.method === 'POST' || req.method === 'PUT' ? req.method : undefined;
      // POST with an activity id is "reply to activity", which botbuilder uses for proactive sends too.
      if (match === null || method === undefined || (method === 'PUT' && match[2] === undefined)) {
        res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: { code: 'NotFound', message: 'Not a connector route.' } }));
        return;
      }
      const failure = failures.shift();
      if (failure !== undefined) {
        res.writeHead(failure, { 'Content-Type': 'application/json', 'Retry-After': '0' }).end(JSON.stringify({ error: { code: 'Throttled', message: 'Try again.' } }));
        return;
      }
      let activity: Record<string, unknown>;
      try {
        activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        res.writeHead(400).end();
        return;
      }
      const conversationId = decodeURIComponent(match[1] ?? '');
      const activityId = method === 'POST' ? `1${String(Date.now())}${String(++counter).padStart(4, '0')}` : decodeURIComponent(match[2] ?? '');
      received.push({ method, conversationId, activityId, activity });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: activityId }));
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const listenPort = port === 0 ? await freePort() : port;
  await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
  return {
    serviceUrl: `http://127.0.0.1:${listenPort}/`,
    received,
    failNext(status, count) {
      for (let i = 0; i < count; i++) failures.push(status);
    },
    clearFailures() {
      failures.length = 0;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
