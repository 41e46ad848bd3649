import type { TableClient } from '@azure/data-tables';
import { z } from 'zod';
import { downloadFileSchema, type DownloadFile } from '../domain/downloads';
import type { Caller } from '../domain/identity';
import { guard, statusOf, tableCreator } from './storageCall';

/** A link as stored: whose data it serves, what file, until when. */
export interface StoredDownloadLink {
  readonly owner: Caller;
  readonly file: DownloadFile;
  readonly expiresAt: string;
}

const storedLinkSchema = z.object({
  owner: z.object({ tenantId: z.string(), objectId: z.string(), name: z.string() }),
  file: downloadFileSchema,
  expiresAt: z.iso.datetime(),
});

type LinkEntity = { partitionKey: string; rowKey: string; body: string };

const ROW_KEY = 'link';

/**
 * Download links, one row (and partition) per link, keyed by the SHA-256 of its token, so
 * someone who can read the table cannot open the links in it. Rows hold no content, only
 * whose data and which file.
 */
export class DownloadLinkStore {
  private readonly ensureTable: () => Promise<void>;

  constructor(private readonly client: TableClient) {
    this.ensureTable = tableCreator(client);
  }

  /** Stores a new link under the hash of its token. */
  async put(tokenHash: string, link: StoredDownloadLink): Promise<void> {
    await this.ensureTable();
    const entity: LinkEntity = { partitionKey: tokenHash, rowKey: ROW_KEY, body: JSON.stringify(link) };
    await guard((abortSignal) => this.client.createEntity(entity, { abortSignal }));
  }

  /** The link with this token hash, or undefined when there is none (or its row fits no schema). */
  async get(tokenHash: string): Promise<StoredDownloadLink | undefined> {
    await this.ensureTable();
    let entity: LinkEntity;
    try {
      entity = await guard((abortSignal) => this.client.getEntity<LinkEntity>(tokenHash, ROW_KEY, { abortSignal }));
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
    const read = storedLinkSchema.safeParse(parseJson(entity.body));
    return read.success ? read.data : undefined;
  }

  /** Forgets a link; forgetting one that is gone is fine. */
  async delete(tokenHash: string): Promise<void> {
    await this.ensureTable();
    try {
      await guard((abortSignal) => this.client.deleteEntity(tokenHash, ROW_KEY, { abortSignal }));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
