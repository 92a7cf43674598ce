import type { Config } from '../../config';
import { DynamoStore } from './dynamodb';
import { FileStore } from './file';
import { MemoryStore } from './memory';
import type { CookStore } from './types';

/**
 * The store the configuration names: `memory` (this process only), `file` (one JSON file per
 * person under `STATE_DIR`) or `dynamodb` (`DYNAMODB_TABLE`, at `DYNAMODB_ENDPOINT` when set).
 * A DynamoDB store without a table is an error at start-up, not a silent fallback.
 */
export function createStore(config: Config): CookStore {
  switch (config.store) {
    case 'memory':
      return new MemoryStore();
    case 'file':
      return new FileStore(config.stateDir);
    case 'dynamodb':
      if (!config.dynamoTable) throw new Error('STATE_STORE=dynamodb needs DYNAMODB_TABLE');
      return new DynamoStore({ table: config.dynamoTable, endpoint: config.dynamoEndpoint });
  }
}

export { DynamoStore, FileStore, MemoryStore };
export { ConflictError, UnreadableRecordError } from './errors';
export type { CallOptions, CookStore, StoredRecord, WriteOptions } from './types';
