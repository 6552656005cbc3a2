import { describe, expect, it } from 'vitest';
import { namesOf, sharesName } from '../../../src/pipeline/sharedNames.ts';
import type { Detection, Segment } from '../../../src/pipeline/pipelineTypes.ts';

function sentence(text: string): Segment {
  return { kind: 'body', start: 0, end: text.length, text, paragraph: 0 };
}

function told(segment: Segment): Detection {
  return {
    kind: 'legislation',
    sourceId: 'a',
    segment,
    triggerStart: 0,
    triggerEnd: 1,
    verbal: true,
    anaphoric: false,
    hypothetical: false,
    status: 'occurred',
    date: null,
    actors: [],
    places: [],
    themes: [],
    tags: [],
    action: '',
    dateSource: null,
    notes: [],
  };
}

const signed = sentence('Trump signed the Harbour Freight Security Act on Friday.');
const retold = sentence('The Harbour Freight Security Act, signed on December 18, caps port fees.');
const other = sentence('Negotiators met in Geneva on Monday to discuss the Export Rule.');

describe('sharesName', () => {
  it('reads the names, not the first word or words every event uses ("Security", "Act")', () => {
    expect([...namesOf(retold)]).toEqual(['harbour', 'freight']);
  });

  it('finds a name another sentence of the event gives', () => {
    expect(sharesName(told(retold), [told(signed)])).toBe(true);
    expect(sharesName(told(retold), [told(other)])).toBe(false);
  });

  it('does not count the account’s own sentence, unless another sentence gives the name too', () => {
    expect(sharesName(told(retold), [told(retold)])).toBe(false);
    expect(sharesName(told(retold), [told(retold), told(signed)])).toBe(true);
  });

  it('needs as many names in common as asked', () => {
    const one = sentence('Officials said the Harbour talks went well on Monday.');
    expect(sharesName(told(retold), [told(one)], 2)).toBe(false);
    expect(sharesName(told(retold), [told(signed)], 2)).toBe(true);
  });

  it('sees the sentences added to an event after it was first asked', () => {
    const event: Detection[] = [told(other)];
    expect(sharesName(told(retold), event)).toBe(false);
    event.push(told(signed));
    expect(sharesName(told(retold), event)).toBe(true);
  });
});
