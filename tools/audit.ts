/**
 * `npm run audit:shipped`: `npm audit --omit=dev` over what ships (the Lambda bundle and `npm run serve`),
 * passing only when every finding is explained in the README's "Audit findings" list. Exits 0 when
 * clean or fully explained, 1 on an unexplained finding, 2 when the advisory service cannot be
 * reached (say so; never read that as clean).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of `npm audit --json` (report version 2) this check reads. */
export interface AuditReport {
  readonly auditReportVersion?: number;
  readonly vulnerabilities?: Record<string, { readonly severity: string }>;
  /** Present, with `message`, when npm could not get an answer. */
  readonly message?: string;
  readonly error?: unknown;
}

export type AuditVerdict =
  | { readonly kind: 'unreachable'; readonly reason: string }
  | { readonly kind: 'checked'; readonly findings: readonly string[]; readonly unexplained: readonly string[] };

/** Package names the README explains: lines `- **name** (...): why` under "## Audit findings". */
export function explainedPackages(readme: string): Set<string> {
  const section = /^## Audit findings\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1] ?? '';
  return new Set([...section.matchAll(/^- \*\*([^*]+)\*\*/gm)].map((m) => m[1]!.trim()));
}

export function judgeAudit(report: AuditReport, readme: string): AuditVerdict {
  if (report.auditReportVersion !== 2 || !report.vulnerabilities) {
    return { kind: 'unreachable', reason: report.message ?? 'npm audit gave no report' };
  }
  const explained = explainedPackages(readme);
  const findings = Object.entries(report.vulnerabilities).map(([name, v]) => `${name} (${v.severity})`);
  const unexplained = Object.keys(report.vulnerabilities).filter((name) => !explained.has(name));
  return { kind: 'checked', findings, unexplained };
}

if (require.main === module) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  let report: AuditReport;
  try {
    report = JSON.parse(run.stdout) as AuditReport;
  } catch {
    report = { message: run.stderr.trim() || 'npm audit printed no JSON' };
  }
  const verdict = judgeAudit(report, readFileSync(join(__dirname, '..', 'README.md'), 'utf8'));
  if (verdict.kind === 'unreachable') {
    console.error(`npm audit could not be checked: ${verdict.reason}`);
    process.exit(2);
  }
  console.log(verdict.findings.length ? `findings: ${verdict.findings.join(', ')}` : 'npm audit --omit=dev: no findings');
  if (verdict.unexplained.length) {
    console.error(`not explained in README "Audit findings": ${verdict.unexplained.join(', ')}`);
    process.exit(1);
  }
}
