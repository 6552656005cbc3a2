import { describe, expect, it } from 'vitest';
import { knownEventSchema } from '../../../src/pipeline/knownEventSchema.ts';
import { DEFAULT_TONE, TONE_TABLE } from '../../../src/pipeline/toneTable.ts';
import { toneOf } from '../../../src/pipeline/assignTone.ts';

// Every kind id the detection rules can produce, wherever they live: today in eventRules.ts, after
// the one-file-per-kind refactor in src/pipeline/kinds/. Any export holding `kind: string` counts.
const ruleModules = import.meta.glob<Record<string, unknown>>(
  ['../../../src/pipeline/eventRules.ts', '../../../src/pipeline/kinds/*.ts'],
  { eager: true },
);

function kindsIn(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) kindsIn(v, out);
  else if (typeof value === 'object' && value !== null && 'kind' in value) {
    const { kind } = value as { kind: unknown };
    if (typeof kind === 'string') out.add(kind);
  }
}

const ruleKinds = new Set<string>(knownEventSchema.shape.kind.options);
for (const module of Object.values(ruleModules)) {
  for (const exported of Object.values(module)) kindsIn(exported, ruleKinds);
}

const COOPERATION = ['agreement', 'talks', 'meeting', 'visit', 'phone-call', 'purchase'];
const CONFLICT = [
  'tariffs',
  'export-controls',
  'tech-restriction',
  'sanctions',
  'military',
  'warning',
  'visas',
  'investigation',
];

describe('the tone table', () => {
  it('has an entry for every kind the detection rules produce', () => {
    expect(ruleKinds.size).toBeGreaterThan(10);
    const missing = [...ruleKinds].filter((k) => TONE_TABLE[k] === undefined).sort();
    expect(missing, `kinds without a tone entry: ${missing.join(', ')}`).toEqual([]);
  });

  it.each(COOPERATION)('weighs %s as cooperation (positive)', (kind) => {
    expect(TONE_TABLE[kind]?.tone).toBeGreaterThan(0);
  });

  it.each(CONFLICT)('weighs %s as conflict (negative), and undoing it as positive', (kind) => {
    const entry = TONE_TABLE[kind];
    expect(entry?.tone).toBeLessThan(0);
    if (entry?.eased !== undefined) expect(entry.eased).toBeGreaterThan(0);
  });

  it('keeps every weight on the −10…+10 scale and orders the ladder as CAMEO does', () => {
    for (const entry of Object.values(TONE_TABLE)) {
      expect(Math.abs(entry.tone)).toBeLessThanOrEqual(10);
      expect(Math.abs(entry.eased ?? 0)).toBeLessThanOrEqual(10);
    }
    const t = (k: string) => TONE_TABLE[k]?.tone ?? Number.NaN;
    expect(t('agreement')).toBeGreaterThan(t('talks'));
    expect(t('talks')).toBeGreaterThan(t('phone-call'));
    expect(t('sanctions')).toBeLessThan(t('warning'));
    expect(t('warning')).toBeLessThan(t('statement'));
  });

  it('gives an unknown kind the neutral default', () => {
    expect(DEFAULT_TONE.tone).toBe(0);
    expect(toneOf({ kind: 'no-such-kind', title: 'Something happens', status: 'occurred' })).toBe(
      0,
    );
  });
});

describe('toneOf', () => {
  it('reads the action in the title: a tariff cut is positive, a tariff rise negative', () => {
    const rise = toneOf({
      kind: 'tariffs',
      title: 'US raises tariffs on Chinese goods',
      status: 'occurred',
    });
    const cut = toneOf({
      kind: 'tariffs',
      title: 'US cuts tariffs on Chinese goods',
      status: 'occurred',
    });
    expect(rise).toBeLessThan(0);
    expect(cut).toBeGreaterThan(0);
  });

  it('lets a planned step weigh less than a taken one, in the same direction', () => {
    const done = toneOf({ kind: 'visit', title: 'Trump visits Beijing', status: 'occurred' });
    const planned = toneOf({ kind: 'visit', title: 'Trump to visit Beijing', status: 'planned' });
    expect(planned).toBeGreaterThan(0);
    expect(planned).toBeLessThan(done);
    const threat = toneOf({ kind: 'tariffs', title: 'US to impose tariffs', status: 'planned' });
    expect(threat).toBeLessThan(0);
    expect(threat).toBeGreaterThan(
      toneOf({ kind: 'tariffs', title: 'US imposes tariffs', status: 'occurred' }),
    );
  });
});
