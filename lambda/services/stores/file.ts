import { join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { ConflictError, parseRecord } from './errors';
import { storageKey, userKeyOf } from './key';
import { throwIfAborted, type CallOptions, type CookStore, type StoredRecord, type WriteOptions } from './types';

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
 * A file holds `{"revision": n, "state": {...}}`. A file of the state alone (written before
 * records had revisions) reads as revision 0.
 */
function fromFile(text: string): StoredRecord {
  const parsed = parseRecord(text);
  const { revision, state } = parsed;
  if (typeof revision === 'number' && typeof state === 'object' && state !== null && !Array.isArray(state)) {
    return { value: state as Record<string, unknown>, revision };
  }
  return { value: parsed, revision: 0 };
}

/**
 * Keeps each person's state as one JSON file, `<dir>/<userKey>/<personKey>.json`: the embedded
 * default outside Lambda (the console and development). Both parts of the path are hashes, so no
 * Alexa id appears on disk. Writes go to a temporary file that is then renamed over the old one,
 * so a crash mid-write leaves the previous state, never half a file. A conditional write checks
 * the revision and renames inside one queue per file, so in this process nothing writes between
 * the check and the rename; two processes writing one cook's file at the same moment are not a
 * case the file store serves (the console is one process).
 */
export class FileStore implements CookStore {
  /** The write in progress per file: the next one waits for it. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly dir: string) {}

  private fileOf(envelope: RequestEnvelope): { folder: string; file: string } {
    const { userKey, personKey } = storageKey(envelope);
    const folder = join(this.dir, userKey);
    return { folder, file: join(folder, `${personKey}.json`) };
  }

  private async readFile(file: string, signal?: AbortSignal): Promise<StoredRecord | undefined> {
    let text: string;
    try {
      text = await (await fs()).readFile(file, { encoding: 'utf8', signal });
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
    return fromFile(text);
  }

  read(envelope: RequestEnvelope, options: CallOptions = {}): Promise<StoredRecord | undefined> {
    return this.readFile(this.fileOf(envelope).file, options.signal);
  }

  write(envelope: RequestEnvelope, value: Record<string, unknown>, options: WriteOptions = {}): Promise<number> {
    const { folder, file } = this.fileOf(envelope);
    const previous = this.queues.get(file) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(() => this.writeNow(folder, file, value, options));
    this.queues.set(file, next);
    void next.finally(() => {
      if (this.queues.get(file) === next) this.queues.delete(file);
    }).catch(() => {});
    return next;
  }

  private async writeNow(folder: string, file: string, value: Record<string, unknown>, options: WriteOptions): Promise<number> {
    const { mkdir, open, rename, rm } = await fs();
    throwIfAborted(options.signal);
    // An unreadable file is replaced (the skill decided so when it read it): its revision counts as 0.
    const current = await this.readFile(file).catch(() => undefined);
    const revision = current?.revision ?? 0;
    if (options.expected !== undefined && options.expected !== revision) {
      throw new ConflictError(`expected revision ${options.expected}, found ${revision}`);
    }
    await mkdir(folder, { recursive: true, mode: 0o700 });
    // Unique per write, so two processes saving the same cook never share a temporary file.
    const temp = `${file}.${process.pid}.${(await crypto()).randomBytes(6).toString('hex')}.tmp`;
    try {
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify({ revision: revision + 1, state: value }));
        await handle.sync();
      } finally {
        await handle.close();
      }
      // Given up on while writing: the old file stays, as if this write had never been made.
      throwIfAborted(options.signal);
      await rename(temp, file);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
    return revision + 1;
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return (await this.read(envelope))?.value ?? {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    await this.write(envelope, attributes);
  }

  /** Deletes every record of the request's account: the account's own and each person's. */
  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    await (await fs()).rm(join(this.dir, userKeyOf(envelope)), { recursive: true, force: true });
  }
}
