import { describe, expect, it } from 'vitest';
import type { Mention, Source } from '../../../src/data/eventSchema.ts';
import { citationLabel } from '../../../src/components/panel/citationLabel.ts';
import { summaryRepeatsQuote } from '../../../src/components/panel/summaryRepeatsQuote.ts';

const mention = (quote: string): Mention => ({ sourceId: 's', start: 0, end: quote.length, quote });

describe('summaryRepeatsQuote', () => {
  it('sees the same sentence through folded line breaks and a cut with an ellipsis', () => {
    const quotes = [mention('Both delegations agreed\nto meet again in the spring.')];
    expect(
      summaryRepeatsQuote('Both delegations agreed to meet again in the spring.', quotes),
    ).toBe(true);
    expect(summaryRepeatsQuote('Both delegations agreed to…', quotes)).toBe(true);
    expect(summaryRepeatsQuote('The two sides will meet again.', quotes)).toBe(false);
    expect(summaryRepeatsQuote('', quotes)).toBe(false);
  });
});

describe('citationLabel', () => {
  const source: Source = {
    id: 's',
    file: 'wire-17.txt',
    title: 'Talks resume.',
    published: null,
    text: '',
  };

  it('names the article by its title unless the title is a sentence the panel already shows', () => {
    expect(citationLabel(source, ['Something else.'])).toBe('Talks resume.');
    expect(citationLabel(source, ['Talks  resume.'])).toBe('wire-17.txt');
    expect(citationLabel({ ...source, outlet: 'The Wire' }, ['Talks resume.'])).toBe('The Wire');
  });
});
