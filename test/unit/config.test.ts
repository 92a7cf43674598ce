import { parseConfig } from '../../lambda/config';

describe('configuration contract', () => {
  it('defaults to the file store outside Lambda and DynamoDB inside it', () => {
    expect(parseConfig({}).store).toBe('file');
    expect(parseConfig({ AWS_LAMBDA_FUNCTION_NAME: 'fn' }).store).toBe('dynamodb');
    expect(parseConfig({}).stateDir).toBe('.skill-state');
  });

  it('reads every variable', () => {
    expect(
      parseConfig({
        STATE_STORE: 'memory',
        STATE_DIR: '/tmp/x',
        DYNAMODB_TABLE: 'cooks',
        DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
        SKILL_ID: 'amzn1.ask.skill.1',
      }),
    ).toEqual({
      store: 'memory',
      stateDir: '/tmp/x',
      dynamoTable: 'cooks',
      dynamoEndpoint: 'http://127.0.0.1:8000',
      skillId: 'amzn1.ask.skill.1',
    });
  });

  it('refuses an unknown store name at start-up', () => {
    expect(() => parseConfig({ STATE_STORE: 'redis' })).toThrow('STATE_STORE must be memory, file or dynamodb');
  });
});
