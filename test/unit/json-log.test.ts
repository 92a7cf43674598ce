import { jsonLog, parseLevel } from '../../lambda/services/json-log';

describe('the JSON line logger', () => {
  it('writes one JSON object per line with level, message and extra fields', () => {
    const lines: string[] = [];
    jsonLog((l) => lines.push(l)).warn('state save failed', { user: 'abc123' });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'warn', message: 'state save failed', user: 'abc123' });
  });

  it('drops lines below the minimum level', () => {
    const lines: string[] = [];
    const log = jsonLog((l) => lines.push(l), parseLevel('WARN'));
    log.info('quiet');
    log.error('loud');
    expect(lines.map((l) => (JSON.parse(l) as { message: string }).message)).toEqual(['loud']);
    expect(parseLevel('nonsense')).toBe('info');
  });
});
