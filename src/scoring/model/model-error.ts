export const MODEL_ERROR_CODES = [
  'yaml_syntax',
  'missing_field',
  'unknown_field',
  'invalid_value',
  'invalid_weight',
  'zero_weights',
  'invalid_window',
  'unsupported_window',
  'unsupported_aggregation',
  'unknown_metric',
  'missing_series',
  'duplicate_metric',
  'duplicate_name',
  'invalid_normalizer',
  'thresholds_out_of_order',
  'band_overlap',
  'band_gap',
  'unknown_attribute',
  'unknown_scorecard',
  'unknown_component',
  'unknown_metric_ref',
] as const;
export type ModelErrorCode = (typeof MODEL_ERROR_CODES)[number];

/** One problem in a model file: where (YAML path and 1-based line) and what. */
export interface ModelIssue {
  /** e.g. `scorecards.health.components.billing.metrics[0].metric`; empty for the whole file. */
  readonly path: string;
  /** 1-based line in the file, null when the place has no line (an empty file). */
  readonly line: number | null;
  readonly message: string;
  readonly code: ModelErrorCode;
}

/** A short title per code for people; a code without a title does not compile. */
export function modelErrorTitle(code: ModelErrorCode): string {
  switch (code) {
    case 'yaml_syntax':
      return 'The file is not valid YAML';
    case 'missing_field':
      return 'A required setting is missing';
    case 'unknown_field':
      return 'A setting is not part of the model format';
    case 'invalid_value':
      return 'A setting has a value it cannot take';
    case 'invalid_weight':
      return 'A weight is not a number of zero or more';
    case 'zero_weights':
      return 'All weights in a group are zero';
    case 'invalid_window':
      return 'A window is not like 90d or "30d vs previous 90d"';
    case 'unsupported_window':
      return 'The metric does not take that kind of window';
    case 'unsupported_aggregation':
      return 'The metric does not offer that aggregation';
    case 'unknown_metric':
      return 'No metric of that name in the catalogue';
    case 'missing_series':
      return 'A custom metric needs the name of its series';
    case 'duplicate_metric':
      return 'Two metrics of a scorecard have the same id';
    case 'duplicate_name':
      return 'Two things that need distinct names share one';
    case 'invalid_normalizer':
      return 'A normalizer cannot be used as written';
    case 'thresholds_out_of_order':
      return 'Red, yellow and green thresholds are out of order';
    case 'band_overlap':
      return 'Two bands overlap';
    case 'band_gap':
      return 'The bands leave part of 0..100 uncovered';
    case 'unknown_attribute':
      return 'A segment matches on an attribute accounts do not have';
    case 'unknown_scorecard':
      return 'A segment names a scorecard the model does not have';
    case 'unknown_component':
      return 'A segment names a component the scorecard does not have';
    case 'unknown_metric_ref':
      return 'A segment names a metric the scorecard does not have';
  }
}

/** `file:line: path: message [code]`, the way the CLI prints issues. */
export function formatModelIssue(issue: ModelIssue, file = 'model'): string {
  const where = issue.line === null ? file : `${file}:${issue.line}`;
  return `${where}: ${issue.path ? `${issue.path}: ` : ''}${issue.message} [${issue.code}]`;
}

/** A model that failed to load, for callers that prefer to throw; keeps every issue. */
export class ModelError extends Error {
  readonly issues: readonly ModelIssue[];
  readonly code: ModelErrorCode;

  constructor(issues: readonly ModelIssue[], options?: { cause?: unknown }) {
    const first = issues[0];
    super(first ? formatModelIssue(first) + (issues.length > 1 ? ` (and ${issues.length - 1} more)` : '') : 'invalid model', options);
    this.name = 'ModelError';
    this.issues = issues;
    this.code = first?.code ?? 'invalid_value';
  }

  /** The message for people: the title of the first problem and where it is. */
  get userMessage(): string {
    const first = this.issues[0];
    return first ? `${modelErrorTitle(first.code)} (line ${first.line ?? '?'}: ${first.path || 'file'})` : 'The model is not valid';
  }
}
