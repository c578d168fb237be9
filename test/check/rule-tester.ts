import { describe, expect, it } from 'vitest';
import type { Rule, RuleReport } from '../../generator/check/rule.js';
import type { Model } from '../../generator/model/types.js';

/** What a test expects of one finding: always the message and line, the place when it matters. */
export interface ExpectedFinding {
  messageId: string;
  line: number;
  field?: string;
  event?: string;
  api?: string;
  version?: string;
  file?: string;
  /** Words the sentence must contain (the values it quotes, what the generator did). */
  says?: string[];
}

export interface RuleCases {
  valid: Array<{ name: string; model: Model }>;
  invalid: Array<{ name: string; model: Model; findings: ExpectedFinding[] }>;
}

export function runRule(rule: Rule, model: Model): RuleReport[] {
  const out: RuleReport[] = [];
  rule.check({ model, report: (f) => out.push(f) });
  return out;
}

/** After ESLint's RuleTester: valid snippets give no finding, invalid ones exactly the expected findings, in order. */
export function testRule(rule: Rule, cases: RuleCases): void {
  describe(rule.id, () => {
    it('has a kebab-case id, a severity, a one-line description and templates', () => {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.description).toMatch(/^[A-Z].*\.$/);
      expect(rule.description).not.toContain('\n');
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    });
    if (cases.valid.length === 0 || cases.invalid.length === 0) throw new Error(`${rule.id}: a rule needs valid and invalid cases`);
    for (const v of cases.valid) it(`valid: ${v.name}`, () => expect(runRule(rule, v.model).map((f) => f.message)).toEqual([]));
    for (const inv of cases.invalid) {
      it(`invalid: ${inv.name}`, () => {
        const found = runRule(rule, inv.model);
        const shape = (f: RuleReport | ExpectedFinding) => ({
          messageId: f.messageId,
          line: f.line,
          ...(f.field !== undefined ? { field: f.field } : {}),
        });
        expect(found.map(shape)).toEqual(inv.findings.map(shape));
        inv.findings.forEach((want, i) => {
          const got = found[i];
          if (want.event !== undefined) expect(got.event).toBe(want.event);
          if (want.api !== undefined) expect(got.api).toBe(want.api);
          if (want.version !== undefined) expect(got.version).toBe(want.version);
          if (want.file !== undefined) expect(got.file).toBe(want.file);
          for (const words of want.says ?? []) expect(got.message).toContain(words);
          // one sentence, every template param filled
          expect(got.message).toMatch(/^[A-Z].*\.$/);
          expect(got.message).not.toMatch(/\{\{|\}\}|undefined/);
          expect(got.product).toBeTruthy();
        });
      });
    }
  });
}
