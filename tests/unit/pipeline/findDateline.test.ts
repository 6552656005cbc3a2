import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/pipeline/findDateline.ts';

describe('findDateline', () => {
  it.each([
    ['Headline\n06 Feb 2026 - Vol 04 | Issue 57\nBody text goes here.', '2026-02-06'],
    ['Headline\nPublished: 22 May 2025\nBody.', '2025-05-22'],
    [
      'GENEVA, 12 May 2025 — The United States and China agreed to cut tariffs today.',
      '2025-05-12',
    ],
    ['Nov 8, 2025 | Asia Desk\nBody.', '2025-11-08'],
    ['Posted 2026-02-10 08:15 ET\nBody.', '2026-02-10'],
    ['Updated Sept. 16, 2025, 6:40 p.m. GMT\nBody.', '2025-09-16'],
    ['Friday 6 June 2025 · Diplomacy\nBody.', '2025-06-06'],
  ])('reads %j', (text, expected) => {
    expect(findDateline(text)).toBe(expected);
  });

  it('prefers a Published label over an Updated one', () => {
    expect(findDateline('Updated: May 23, 2025\nPublished: May 22, 2025\nBody.')).toBe(
      '2025-05-22',
    );
  });

  it('does not take a date inside a body sentence for the publication date', () => {
    expect(findDateline('The talks ended on May 12, 2025, with a joint statement.')).toBeNull();
  });

  it('rejects impossible dates', () => {
    expect(findDateline('Published: 31 Feb 2025\nBody.')).toBeNull();
  });
});
