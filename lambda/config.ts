/** The storage back ends `STATE_STORE` may name. */
export type StoreKind = 'memory' | 'file' | 'dynamodb';

/** The skill's configuration, parsed from an environment (only `lambda/index.ts` passes the real one). */
export interface Config {
  readonly store: StoreKind;
  /** Folder of the file store. */
  readonly stateDir: string;
  readonly dynamoTable?: string;
  /** A local DynamoDB-compatible endpoint (dynalite); the table is then created if missing. */
  readonly dynamoEndpoint?: string;
  readonly skillId?: string;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() ? value.trim() : undefined;
}

/**
 * Reads the configuration contract: STATE_STORE (memory | file | dynamodb; default dynamodb inside
 * Lambda, file elsewhere), STATE_DIR, DYNAMODB_TABLE, DYNAMODB_ENDPOINT, SKILL_ID.
 * An unknown store name is an error at start-up, not a silent fallback.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const onLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME);
  const store = nonEmpty(env.STATE_STORE) ?? (onLambda ? 'dynamodb' : 'file');
  if (store !== 'memory' && store !== 'file' && store !== 'dynamodb') {
    throw new Error(`STATE_STORE must be memory, file or dynamodb, not "${store}"`);
  }
  return {
    store,
    stateDir: nonEmpty(env.STATE_DIR) ?? '.skill-state',
    dynamoTable: nonEmpty(env.DYNAMODB_TABLE),
    dynamoEndpoint: nonEmpty(env.DYNAMODB_ENDPOINT),
    skillId: nonEmpty(env.SKILL_ID),
  };
}
