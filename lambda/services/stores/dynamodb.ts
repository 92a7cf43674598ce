import type awsLite from '@aws-lite/client';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { parseRecord, UnreadableRecordError } from './errors';
import { storageKey, TABLE_KEY, userKeyOf, type StorageKey } from './key';

type AwsClient = Awaited<ReturnType<typeof awsLite>>;
/** An attribute value in DynamoDB's own JSON (`{ S: "text" }`). */
type AttributeValue = { S?: string } & Record<string, unknown>;
type Item = Record<string, AttributeValue>;

/** Where the DynamoDB store keeps its records. */
export interface DynamoStoreOptions {
  /** The table: partition key `userKey` (S), sort key `personKey` (S), as `TABLE_KEY` names them. */
  readonly table: string;
  /** A local DynamoDB-compatible endpoint (dynalite, DynamoDB Local); the table is then created when missing. */
  readonly endpoint?: string;
}

/** The state is kept as one JSON string, so any shape of any version round-trips unchanged. */
const STATE = 'state';
/** BatchWriteItem takes at most 25 requests. */
const BATCH = 25;
/** One retry: a dead server must not eat Alexa's 8 seconds (the turn's own deadline is 2 s). */
const RETRIES = 1;

function keyOf(key: StorageKey): Item {
  return { [TABLE_KEY.partition]: { S: key.userKey }, [TABLE_KEY.sort]: { S: key.personKey } };
}

/** The short error name ("ResourceNotFoundException") from whatever shape the client reports. */
function errorName(err: unknown): string {
  const e = (err ?? {}) as { __type?: string; name?: string; code?: string };
  const full = e.__type ?? e.name ?? e.code ?? '';
  return full.slice(full.lastIndexOf('#') + 1);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps each person's state as one item in a DynamoDB table: the default on Lambda. Speaks the
 * DynamoDB JSON API through `@aws-lite/client` (chosen over AWS SDK v3 for its cold start; see
 * the README), which signs with the Lambda's own credentials from the environment.
 */
export class DynamoStore implements PersistenceAdapter {
  private client?: Promise<AwsClient>;
  private table?: Promise<void>;

  constructor(private readonly options: DynamoStoreOptions) {}

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    // Consistent, so a cook who left a moment ago on another device is offered that exact step.
    const out = await this.call<{ Item?: Item }>('GetItem', {
      TableName: this.options.table,
      Key: keyOf(storageKey(envelope)),
      ConsistentRead: true,
    });
    if (!out.Item) return {};
    const text = out.Item[STATE]?.S;
    if (typeof text !== 'string') throw new UnreadableRecordError(`no ${STATE} string`);
    return parseRecord(text);
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    await this.call('PutItem', {
      TableName: this.options.table,
      Item: { ...keyOf(storageKey(envelope)), [STATE]: { S: JSON.stringify(attributes) } },
    });
  }

  /** Deletes every record of the request's account: the account's own and each person's. */
  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    let start: Item | undefined;
    do {
      const page: { Items?: Item[]; LastEvaluatedKey?: Item } = await this.call('Query', {
        TableName: this.options.table,
        KeyConditionExpression: '#u = :u',
        ProjectionExpression: '#u, #p',
        ExpressionAttributeNames: { '#u': TABLE_KEY.partition, '#p': TABLE_KEY.sort },
        ExpressionAttributeValues: { ':u': { S: userKeyOf(envelope) } },
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      });
      const keys = page.Items ?? [];
      for (let i = 0; i < keys.length; i += BATCH) await this.deleteBatch(keys.slice(i, i + BATCH));
      start = page.LastEvaluatedKey;
    } while (start);
  }

  private async deleteBatch(keys: Item[]): Promise<void> {
    let requests: unknown[] = keys.map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt === 3) throw new Error(`${requests.length} records were not deleted`);
      if (attempt > 0) await pause(50 * 2 ** attempt);
      const out = await this.call<{ UnprocessedItems?: Record<string, unknown[]> }>('BatchWriteItem', {
        RequestItems: { [this.options.table]: requests },
      });
      requests = out.UnprocessedItems?.[this.options.table] ?? [];
    }
  }

  /** One DynamoDB API call; the client (and, locally, the table) are made ready on first use. */
  private async call<T = Record<string, unknown>>(operation: string, payload: Record<string, unknown>): Promise<T> {
    const aws = await this.ready();
    return (await send(aws, operation, payload)) as T;
  }

  private ready(): Promise<AwsClient> {
    // A failed start-up is forgotten, so the next call tries again instead of failing for good.
    this.client ??= this.connect().catch((err: unknown) => {
      this.client = undefined;
      throw err;
    });
    return this.client;
  }

  private async connect(): Promise<AwsClient> {
    const { endpoint } = this.options;
    // Loaded on first use, so a skill on another store never pays for the client's start-up.
    const { default: awsLite } = await import('@aws-lite/client');
    const aws = await awsLite(
      endpoint
        ? // A local server takes any credentials; real AWS ones are never sent to it.
          { endpoint, region: 'us-east-1', accessKeyId: 'local', secretAccessKey: 'local', retries: RETRIES }
        : { retries: RETRIES },
    );
    if (endpoint) await createTableIfMissing(aws, this.options.table);
    return aws;
  }
}

async function send(aws: AwsClient, operation: string, payload: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await aws({
    service: 'dynamodb',
    path: '/',
    headers: { 'X-Amz-Target': `DynamoDB_20120810.${operation}`, 'content-type': 'application/x-amz-json-1.0' },
    // The payload is DynamoDB JSON already (`{ S: "..." }`): sent as it is, not encoded again.
    awsjson: false,
    payload,
  });
  return response.payload;
}

/**
 * For a local server only: makes sure the table exists with the deployment's key schema. Asks
 * first, so a process that finds the table ready (every start but the first) pays one round trip.
 */
async function createTableIfMissing(aws: AwsClient, table: string): Promise<void> {
  const status = async () => {
    try {
      const out = (await send(aws, 'DescribeTable', { TableName: table })) as { Table?: { TableStatus?: string } };
      return out.Table?.TableStatus;
    } catch (err) {
      if (errorName(err) === 'ResourceNotFoundException') return undefined;
      throw err;
    }
  };
  if ((await status()) === 'ACTIVE') return;
  try {
    await send(aws, 'CreateTable', {
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
    if (errorName(err) !== 'ResourceInUseException') throw err;
  }
  for (let attempt = 0; attempt < 40; attempt++) {
    if ((await status()) === 'ACTIVE') return;
    await pause(50);
  }
  throw new Error(`table ${table} did not become active`);
}
