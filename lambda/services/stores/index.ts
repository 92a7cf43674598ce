import type { PersistenceAdapter } from 'ask-sdk-core';
import type { Config } from '../../config';
import { MemoryStore } from './memory';

/**
 * The store the configuration names. Only `memory` exists so far; `file` and `dynamodb` fall back
 * to it until their adapters land, so the contract's variables are already read.
 */
export function createStore(config: Config): PersistenceAdapter {
  switch (config.store) {
    case 'memory':
    case 'file':
    case 'dynamodb':
      return new MemoryStore();
  }
}

export { MemoryStore };
