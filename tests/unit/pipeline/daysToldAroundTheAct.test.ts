import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

describe('a change of travel advisory', () => {
  it('is a dated step of the relationship, titled by which way it moved', () => {
    expect(
      datedTitles(
        'On Wednesday the State Department lowered its travel warning for China by one level.',
        '2024-11-29',
      ),
    ).toEqual(['2024-11-27 occurred US State Department lowers travel advisory for China']);
  });

  it('is not an advisory only mentioned', () => {
    expect(
      datedTitles(
        'Under the current travel advisory for China, visitors should register with the embassy on Monday.',
        '2024-11-29',
      ),
    ).toEqual([]);
  });
});

describe('the day an extension was signed', () => {
  it('is past when "on" dates the signing, future when the extension only will be', () => {
    const published = '2024-12-03';
    expect(
      datedTitles(
        'The two governments signed papers extending the science pact on Friday.',
        published,
      ),
    ).toEqual(['2024-11-29 occurred US and China extend agreement']);
    expect(
      datedTitles(
        'The two governments will sign papers extending the science pact on Friday.',
        published,
      ),
    ).toEqual(['2024-12-06 planned US and China to extend agreement']);
  });
});

describe('arms sales to Taiwan', () => {
  it('are the US side acting, even with only the buyer named', () => {
    expect(
      datedTitles(
        'The administration cleared a $900 million package of weapons sales to Taiwan on Tuesday.',
        '2024-11-29',
      ),
    ).toEqual(['2024-11-26 occurred US approves arms sale to Taiwan']);
  });
});

describe('a day restated by the feast beside it', () => {
  it('leaves "that same day" on the day told, not the feast', () => {
    expect(
      datedTitles(
        'On July 3, the eve of Independence Day, officials welcomed home two Americans held abroad. That same day the State Department eased its travel warning for China.',
        '2024-12-03',
      ),
    ).toContain('2024-07-03 occurred US State Department lowers travel advisory for China');
  });
});

describe('a relative clause after the event it names', () => {
  it('dates that event, though an agreement shares the sentence', () => {
    expect(
      datedTitles(
        'The envoys agreed to prepare a video call between the two leaders, which aides expect to take place in the spring.',
        '2024-01-28',
      ),
    ).toContain('2024-04 planned US and China to hold phone call');
  });
});
