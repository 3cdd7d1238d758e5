export * from './attribute-value';
export * from './campaign';
export * from './catalog';
export * from './channel';
export * from './event-window';
export * from './issue';
export * from './profile';
export * from './profile-id';
export * from './rule-evaluator';
export * from './rule-references';
export * from './rule-validation';
export * from './segment';
export * from './segment-rule';
export * from './attribute-stats';
export * from './audience-question';
export * from './budget-curve';
export * from './campaign-audience';
export * from './code-point-order';
export * from './composition';
export * from './composition-plan';
export * from './composition-request';
export * from './holdout';
export * from './number-buckets';
export * from './reach-estimate';
export * from './reach-reference';
export * from './segment-overlap';
export * from './message-variant-template';
export * from './sms-length';
export * from './template-check';
export * from './template-context';
export {
  DEFAULT_TEMPLATE_LIMITS,
  type TemplateLimits,
  type TemplateOutput,
} from './template-engine';
export type { TemplateIssue, TemplateIssueCode } from './template-issue';
export type { TemplateReference } from './template-references';
export * from './template-render';
export * from './special-category-law';
export * from './special-category-uses';
export * from './special-category-targeting';
export * from './rule-implication';
export * from './condition-description';
export * from './rule-description';
export * from './transparency-details';
export * from './transparency-notice';
export * from './access';
