import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/data/eventSchema.ts';
import {
  buildCurationRequest,
  checkedRequest,
  draftFromEvent,
} from '../../../src/components/panel/correct/buildCurationRequest.ts';
import { curationRequestSchema } from '../../../src/dev/curationRequestSchema.ts';

const event: TimelineEvent = {
  id: 'us-china-geneva-talks',
  title: 'US and China hold trade talks in Geneva',
  summary: 'Both sides met for two days.',
  date: { start: '2025-05-10', end: '2025-05-11', precision: 'day', approximate: false },
  status: 'occurred',
  themes: ['trade'],
  tags: [],
  actors: [],
  mentions: [],
};

describe('buildCurationRequest', () => {
  it('sends only the fields the editor changed', () => {
    const draft = {
      ...draftFromEvent(event),
      title: '  Geneva truce talks ',
      start: '2025-05-12',
      end: '',
    };
    const built = buildCurationRequest(event, draft);
    expect(built).toEqual({
      ok: true,
      request: {
        edit: {
          id: event.id,
          title: 'Geneva truce talks',
          date: { start: '2025-05-12', precision: 'day', approximate: false },
        },
      },
    });
    if (built.ok) expect(curationRequestSchema.safeParse(built.request).success).toBe(true);
  });

  it('says so when nothing changed, instead of saving an empty edit', () => {
    expect(buildCurationRequest(event, draftFromEvent(event))).toEqual({
      ok: false,
      errors: { form: 'Nothing to save: no field was changed.' },
    });
  });

  it('explains a date that does not fit its precision, an end before the start, no theme', () => {
    const draft = draftFromEvent(event);
    expect(buildCurationRequest(event, { ...draft, start: '2025-05' })).toMatchObject({
      ok: false,
      errors: { date: expect.stringContaining('YYYY-MM-DD') },
    });
    expect(buildCurationRequest(event, { ...draft, end: '2025-05-01' })).toMatchObject({
      ok: false,
      errors: { date: 'The end cannot be before the start.' },
    });
    expect(buildCurationRequest(event, { ...draft, themes: [], title: ' ' })).toMatchObject({
      ok: false,
      errors: { themes: 'Choose at least one theme.', title: 'The title cannot be empty.' },
    });
  });

  it('turns "no date" into an unknown date whatever the start field still says', () => {
    const built = buildCurationRequest(event, { ...draftFromEvent(event), precision: 'unknown' });
    expect(built).toMatchObject({
      ok: true,
      request: { edit: { date: { start: null, precision: 'unknown', approximate: false } } },
    });
  });

  it('records hide, a note, a merge into another event, and "checked"', () => {
    const draft = { ...draftFromEvent(event), hide: true, note: 'Duplicate of the May talks.' };
    expect(buildCurationRequest(event, draft)).toEqual({
      ok: true,
      request: { edit: { id: event.id, addNotes: ['Duplicate of the May talks.'], hide: true } },
    });
    const merging = { ...draftFromEvent(event), mergeInto: 'geneva-talks' };
    expect(buildCurationRequest(event, merging)).toEqual({
      ok: true,
      request: { merge: { into: 'geneva-talks', from: [event.id] } },
    });
    expect(checkedRequest(event)).toEqual({ edit: { id: event.id, checked: true } });
  });
});
