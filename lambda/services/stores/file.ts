import { join } from 'node:path';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { parseRecord } from './errors';
import { storageKey, userKeyOf } from './key';

/**
 * node:fs/promises and node:crypto, loaded on first use: a skill on another store (Lambda's
 * DynamoDB) should not pay for them in its cold start.
 */
const fs = () => import('node:fs/promises');
const crypto = () => import('node:crypto');

function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * Keeps each person's state as one JSON file, `<dir>/<userKey>/<personKey>.json`: the embedded
 * default outside Lambda (the console and development). Both parts of the path are hashes, so no
 * Alexa id appears on disk. Writes go to a temporary file that is then renamed over the old one,
 * so a crash mid-write leaves the previous state, never half a file.
 */
export class FileStore implements PersistenceAdapter {
  constructor(private readonly dir: string) {}

  private fileOf(envelope: RequestEnvelope): { folder: string; file: string } {
    const { userKey, personKey } = storageKey(envelope);
    const folder = join(this.dir, userKey);
    return { folder, file: join(folder, `${personKey}.json`) };
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const { file } = this.fileOf(envelope);
    let text: string;
    try {
      text = await (await fs()).readFile(file, 'utf8');
    } catch (err) {
      if (isMissing(err)) return {};
      throw err;
    }
    return parseRecord(text);
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const { folder, file } = this.fileOf(envelope);
    const { mkdir, open, rename, rm } = await fs();
    await mkdir(folder, { recursive: true, mode: 0o700 });
    // Unique per write, so two processes saving the same cook never share a temporary file.
    const temp = `${file}.${process.pid}.${(await crypto()).randomBytes(6).toString('hex')}.tmp`;
    try {
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(attributes));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, file);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
  }

  /** Deletes every record of the request's account: the account's own and each person's. */
  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    await (await fs()).rm(join(this.dir, userKeyOf(envelope)), { recursive: true, force: true });
  }
}
