import { explainedPackages, judgeAudit, type AuditReport } from '../../tools/audit';

const README = [
  '# Skill',
  '- **not-a-finding**: bold text outside the section does not explain anything',
  '## Audit findings',
  'Explained here:',
  '- **body-parser** (moderate): only reachable with a body over the limit, which Alexa never sends',
  '## Layout',
  '- **express**: also outside the section',
].join('\n');

const report = (names: Record<string, string>): AuditReport => ({
  auditReportVersion: 2,
  vulnerabilities: Object.fromEntries(Object.entries(names).map(([name, severity]) => [name, { severity }])),
});

describe('the audit check (`npm run audit:shipped`)', () => {
  it('reads the explained packages from the README\'s "Audit findings" section only', () => {
    expect([...explainedPackages(README)]).toEqual(['body-parser']);
    expect([...explainedPackages('# no such section')]).toEqual([]);
  });

  it('passes a clean report', () => {
    expect(judgeAudit(report({}), README)).toEqual({ kind: 'checked', findings: [], unexplained: [] });
  });

  it('passes a finding the README explains, and names one it does not', () => {
    expect(judgeAudit(report({ 'body-parser': 'moderate', express: 'high' }), README)).toEqual({
      kind: 'checked',
      findings: ['body-parser (moderate)', 'express (high)'],
      unexplained: ['express'],
    });
  });

  it('never reads an unreachable advisory service as clean', () => {
    const offline = { message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405 };
    expect(judgeAudit(offline as AuditReport, README)).toEqual({ kind: 'unreachable', reason: offline.message });
  });
});
