import { describe, expect, it } from 'vitest';
import { normaliseForSearch } from '../../../src/state/selectVisibleEvents.ts';

describe('normaliseForSearch', () => {
  it('lower-cases plain ASCII text', () => {
    expect(normaliseForSearch('New TARIFF round on Steel')).toBe('new tariff round on steel');
  });

  it('strips accents so an unaccented query finds accented text', () => {
    expect(normaliseForSearch('Xí met Pérez in Zürich')).toBe('xi met perez in zurich');
  });

  it('keeps characters that are not accents, such as CJK and dashes', () => {
    expect(normaliseForSearch('Beijing 北京 – Talks')).toBe('beijing 北京 – talks');
  });
});
