import { describe, expect, it } from 'vitest';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { loadSeedArticle, loadSeedConfig } from './loadSeedConfig.ts';

describe('edits that outlived their event', () => {
  it('are listed in the events file for the dev page, beside the stderr warnings', () => {
    const config = loadSeedConfig();
    const { file, warnings } = buildEventsFile([loadSeedArticle()], {
      ...config,
      curation: {
        merges: [{ into: 'trump-xi-call', from: ['no-longer-there'] }],
        edits: [...config.curation.edits, { id: 'renamed-away', title: 'Old title' }],
      },
    });
    const expected = [
      'curation: cannot merge unknown event "no-longer-there" into "trump-xi-call"',
      'curation: no event with id "renamed-away" to edit',
    ];
    expect(file.curationWarnings).toEqual(expected);
    expect(warnings).toEqual(expect.arrayContaining(expected));
  });

  it('leave no trace when every edit applies', () => {
    const { file } = buildEventsFile([loadSeedArticle()], loadSeedConfig());
    expect(file).not.toHaveProperty('curationWarnings');
  });
});
