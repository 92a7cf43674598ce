import type { RequestEnvelope } from 'ask-sdk-model';
import type { DynamoCall } from './dynamodb-client';
import { ConflictError, parseRecord, UnreadableRecordError } from './errors';
import { storageKey, TABLE_KEY, userKeyOf, type StorageKey } from './key';
import type { CallOptions, CookStore, StoredRecord, WriteOptions } from './types';

/** An attribute value in DynamoDB's own JSON (`{ S: "text" }`). */
type AttributeValue = { S?: string; N?: string } & Record<string, unknown>;
type Item = Record<string, AttributeValue>;

/** Where the DynamoDB store keeps its records. */
export interface DynamoStoreOptions {
  /** The table: partition key `userKey` (S), sort key `personKey` (S), as `TABLE_KEY` names them. */
  readonly table: string;
  /** A local DynamoDB-compatible endpoint (dynalite, DynamoDB Local); the table is then created when missing. */
  readonly endpoint?: string;
  /** Where the region and credentials come from; the process environment (Lambda's) by default. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The state is kept as one JSON string, so any shape of any version round-trips unchanged. */
const STATE = 'state';
/** The record's revision (a number), for conditional writes. */
const REVISION = 'revision';
/** BatchWriteItem takes at most 25 requests. */
const BATCH = 25;

function keyOf(key: StorageKey): Item {
  return { [TABLE_KEY.partition]: { S: key.userKey }, [TABLE_KEY.sort]: { S: key.personKey } };
}

function errorType(err: unknown): string {
  return (err as { type?: unknown })?.type === undefined ? '' : String((err as { type: unknown }).type);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps each person's state as one item in a DynamoDB table: the default on Lambda. Speaks the
 * DynamoDB JSON API through a small signed HTTP client (dynamodb-client.ts), loaded on first use so
 * a skill on another store never parses it. Writes are conditional on the item's revision.
 */
export class DynamoStore implements CookStore {
  private client?: Promise<DynamoCall>;

  constructor(private readonly options: DynamoStoreOptions) {}

  async read(envelope: RequestEnvelope, options: CallOptions = {}): Promise<StoredRecord | undefined> {
    // Consistent, so a cook who left a moment ago on another device is offered that exact step.
    const out = (await this.call(
      'GetItem',
      { TableName: this.options.table, Key: keyOf(storageKey(envelope)), ConsistentRead: true },
      options.signal,
    )) as { Item?: Item };
    if (!out.Item) return undefined;
    const revision = Number(out.Item[REVISION]?.N ?? 0) || 0;
    const text = out.Item[STATE]?.S;
    if (typeof text !== 'string') throw new UnreadableRecordError(`no ${STATE} string`, revision);
    try {
      return { value: parseRecord(text), revision };
    } catch (err) {
      throw err instanceof UnreadableRecordError ? new UnreadableRecordError(err.message, revision) : err;
    }
  }

  async write(envelope: RequestEnvelope, value: Record<string, unknown>, options: WriteOptions = {}): Promise<number> {
    const { expected } = options;
    if (expected === undefined) return this.writeOver(envelope, value, options);
    const revision = expected + 1;
    const item = { ...keyOf(storageKey(envelope)), [STATE]: { S: JSON.stringify(value) } };
    try {
      await this.call(
        'PutItem',
        {
          TableName: this.options.table,
          Item: { ...item, [REVISION]: { N: String(revision) } },
          // Revision 0 is a record not yet written, or one written before records had revisions.
          ConditionExpression: expected === 0 ? 'attribute_not_exists(#r)' : '#r = :expected',
          ExpressionAttributeNames: { '#r': REVISION },
          ...(expected === 0 ? {} : { ExpressionAttributeValues: { ':expected': { N: String(expected) } } }),
        },
        options.signal,
      );
    } catch (err) {
      if (errorType(err) === 'ConditionalCheckFailedException') throw new ConflictError(`expected revision ${expected}`);
      throw err;
    }
    return revision;
  }

  /**
   * An unconditional write (tests, tools): over whatever revision is there now. Made of the same
   * two calls the skill uses, so the function's role needs no other.
   */
  private async writeOver(envelope: RequestEnvelope, value: Record<string, unknown>, options: CallOptions): Promise<number> {
    for (let attempt = 0; ; attempt++) {
      const current = await this.read(envelope, options).catch((err: unknown) => {
        if (err instanceof UnreadableRecordError) return { revision: err.revision };
        throw err;
      });
      try {
        return await this.write(envelope, value, { ...options, expected: current?.revision ?? 0 });
      } catch (err) {
        if (!(err instanceof ConflictError) || attempt >= 2) throw err;
      }
    }
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return (await this.read(envelope))?.value ?? {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    await this.write(envelope, attributes);
  }

  /** Deletes every record of the request's account: the account's own and each person's. */
  async deleteAttributes(envelope: RequestEnvelope, options: CallOptions = {}): Promise<void> {
    let start: Item | undefined;
    do {
      const page = (await this.call(
        'Query',
        {
          TableName: this.options.table,
          KeyConditionExpression: '#u = :u',
          ProjectionExpression: '#u, #p',
          ExpressionAttributeNames: { '#u': TABLE_KEY.partition, '#p': TABLE_KEY.sort },
          ExpressionAttributeValues: { ':u': { S: userKeyOf(envelope) } },
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        },
        options.signal,
      )) as { Items?: Item[]; LastEvaluatedKey?: Item };
      const keys = page.Items ?? [];
      for (let i = 0; i < keys.length; i += BATCH) await this.deleteBatch(keys.slice(i, i + BATCH), options.signal);
      start = page.LastEvaluatedKey;
    } while (start);
  }

  private async deleteBatch(keys: Item[], signal?: AbortSignal): Promise<void> {
    let requests: unknown[] = keys.map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt === 3) throw new Error(`${requests.length} records were not deleted`);
      if (attempt > 0) await pause(50 * 2 ** attempt);
      const out = (await this.call('BatchWriteItem', { RequestItems: { [this.options.table]: requests } }, signal)) as {
        UnprocessedItems?: Record<string, unknown[]>;
      };
      requests = out.UnprocessedItems?.[this.options.table] ?? [];
    }
  }

  /**
   * One DynamoDB API call; the client is loaded on first use. Against a local server the table is
   * made when a call finds it missing, then the call is made again: a process that finds the table
   * there (every start but the first) makes the very calls it makes on Lambda, a GetItem alone.
   */
  private async call(operation: string, payload: Record<string, unknown>, signal?: AbortSignal): Promise<Record<string, unknown>> {
    const send = await this.ready();
    try {
      return await send(operation, payload, signal);
    } catch (err) {
      if (!this.options.endpoint || errorType(err) !== 'ResourceNotFoundException') throw err;
      await createTableIfMissing(send, this.options.table);
      return send(operation, payload, signal);
    }
  }

  private ready(): Promise<DynamoCall> {
    // A failed start-up is forgotten, so the next call tries again instead of failing for good.
    this.client ??= this.connect().catch((err: unknown) => {
      this.client = undefined;
      throw err;
    });
    return this.client;
  }

  private async connect(): Promise<DynamoCall> {
    const { endpoint } = this.options;
    // Loaded on first use (a separate file in the bundle), so a skill on another store never parses it.
    const { dynamoClient } = await import('./dynamodb-client');
    return dynamoClient({ endpoint, env: this.options.env ?? process.env });
  }
}

/**
 * For a local server only: makes the table with the deployment's key schema, unless another
 * process made it in the meantime, and waits until it is active.
 */
async function createTableIfMissing(send: DynamoCall, table: string): Promise<void> {
  const status = async () => {
    try {
      const out = (await send('DescribeTable', { TableName: table })) as { Table?: { TableStatus?: string } };
      return out.Table?.TableStatus;
    } catch (err) {
      if (errorType(err) === 'ResourceNotFoundException') return undefined;
      throw err;
    }
  };
  if ((await status()) === 'ACTIVE') return;
  try {
    await send('CreateTable', {
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: TABLE_KEY.partition, KeyType: 'HASH' },
        { AttributeName: TABLE_KEY.sort, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: TABLE_KEY.partition, AttributeType: 'S' },
        { AttributeName: TABLE_KEY.sort, AttributeType: 'S' },
      ],
    });
  } catch (err) {
    // Made by another process just now: wait for it below.
    if (errorType(err) !== 'ResourceInUseException') throw err;
  }
  for (let attempt = 0; attempt < 40; attempt++) {
    if ((await status()) === 'ACTIVE') return;
    await pause(50);
  }
  throw new Error(`table ${table} did not become active`);
}
