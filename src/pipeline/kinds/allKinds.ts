/**
 * Every kind of event the pipeline detects, in priority order: when two kinds' verbal patterns
 * overlap in a sentence, the earlier kind wins ("held a phone call" is a call, not talks). This
 * list is the one source of the kind type; each id has one file in this folder.
 */
export const KIND_IDS = [
  'phone-call',
  'visit',
  'dialogue-halt',
  'dialogue-restored',
  'fentanyl-curbs',
  'talks',
  'meeting',
  'agreement',
  'port-fees',
  'tariffs',
  'tariff-reprieve',
  'entity-list',
  'export-controls',
  'export-licence',
  'tech-restriction',
  'visas',
  'warning',
  'sanctions',
  'investigation',
  'wto-complaint',
  'import-suspension',
  'import-approval',
  'purchase',
  'legal-case',
  'currency-designation',
  'arms-sale',
  'military',
  'shoot-down',
  'ambassador-summoned',
  'consulate-closure',
  'expulsion',
  'diplomatic-boycott',
  'cyber-attack',
  'legislation',
  'policy',
  'statement',
  'deadline',
  'remark-row',
] as const;

export type EventKind = (typeof KIND_IDS)[number];
