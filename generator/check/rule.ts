import type { Diagnostic, Severity } from '../shared/diagnostic.js';
import type { Model } from '../model/types.js';
import { ExampleWalks } from './example-walk.js';

/** Where a finding is: the place, never the sentence. */
export type FindingPlace = Omit<Diagnostic, 'code' | 'severity' | 'message'>;

/** What a rule reports once its template is filled: the id and severity come from the registry. */
export type RuleReport = FindingPlace & { message: string; messageId: string };

export interface RuleContext {
  model: Model;
  report: (finding: RuleReport) => void;
  /** The model's example walks, shared by the rules of one run (a rule run alone makes its own). */
  examples?: ExampleWalks;
}

/** A rule as the registry and runChecks see it. */
export interface Rule {
  id: string;
  /** Default severity; rule bodies only detect. */
  severity: Severity;
  description: string;
  /** Message templates with named `{{params}}`, by message id. */
  messages: Record<string, string>;
  check(context: RuleContext): void;
}

/** Names of the `{{params}}` in a template: `'{{path}} is {{type}}'` → `'path' | 'type'`. */
export type TemplateParams<T extends string> = T extends `${string}{{${infer P}}}${infer Rest}` ? P | TemplateParams<Rest> : never;

/** One report of a rule: a message id and exactly the params its template names (after typescript-eslint's RuleCreator). */
export type TemplatedReport<M extends Record<string, string>> = {
  [K in keyof M & string]: FindingPlace & { messageId: K; data: Record<TemplateParams<M[K]>, string | number> };
}[keyof M & string];

export interface RuleDefinition<M extends Record<string, string>> {
  id: string;
  severity: Severity;
  description: string;
  messages: M;
  check(context: { model: Model; report: (finding: TemplatedReport<M>) => void; examples: ExampleWalks }): void;
}

/** Fills `{{name}}` from data; a template that names a missing param fails to compile, and throws here as a backstop. */
export function fillTemplate(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in data)) throw new Error(`message template param {{${name}}} has no value`);
    return String(data[name]);
  });
}

export function defineRule<const M extends Record<string, string>>(definition: RuleDefinition<M>): Rule {
  return {
    id: definition.id,
    severity: definition.severity,
    description: definition.description,
    messages: definition.messages,
    check({ model, report, examples }) {
      definition.check({
        model,
        examples: examples ?? new ExampleWalks(model),
        report({ messageId, data, ...place }) {
          report({ ...place, messageId, message: fillTemplate(definition.messages[messageId], data) });
        },
      });
    },
  };
}
