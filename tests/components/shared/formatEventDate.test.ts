import { describe, expect, it } from 'vitest';
import {
  formatDateRange,
  formatEventDate,
} from '../../../src/components/shared/formatEventDate.ts';

describe('formatEventDate', () => {
  it('writes each precision the way the panel promises', () => {
    expect(
      formatEventDate({ start: '2026-02-04', precision: 'day', approximate: false }, 'occurred'),
    ).toBe('4 February 2026');
    expect(
      formatEventDate({ start: '2026-04', precision: 'month', approximate: false }, 'planned'),
    ).toBe('April 2026 · planned');
    expect(
      formatEventDate({ start: '2026', precision: 'year', approximate: true }, 'occurred'),
    ).toBe('2026 · approximate');
    expect(
      formatEventDate({ start: null, precision: 'unknown', approximate: false }, 'ongoing'),
    ).toBe('Date unknown · ongoing');
  });

  it('writes spans without repeating what both ends share', () => {
    expect(formatDateRange({ start: '2025-05-10', end: '2025-05-11' })).toBe('10–11 May 2025');
    expect(formatDateRange({ start: '2025-05-12', end: '2025-08-12' })).toBe(
      '12 May – 12 August 2025',
    );
    expect(formatDateRange({ start: '2025-12', end: '2026-02' })).toBe(
      'December 2025 – February 2026',
    );
    expect(formatDateRange({ start: '2025', end: '2026' })).toBe('2025 – 2026');
  });
});
