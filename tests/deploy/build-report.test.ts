import { describe, expect, it } from 'vitest';
import {
  formatReportAsMarkdown,
  formatReportForConsole,
  reportProblem,
  studioUrl,
  type BuildReport,
} from '../../scripts/lib/build-report.ts';

describe('build report', () => {
  it("links a document to the Studio's edit intent", () => {
    expect(studioUrl('location.downtown', 'location')).toBe(
      'http://localhost:3333/intent/edit/id=location.downtown;type=location',
    );
    expect(studioUrl('a b', undefined, 'https://studio.example.org/')).toBe(
      'https://studio.example.org/intent/edit/id=a%20b',
    );
  });

  it('gives a Studio link only to problems that name a document', () => {
    const base = 'https://studio.example.org';
    expect(reportProblem({ id: 'service.yoga', type: 'service', field: 'title', reason: 'is required' }, base)).toEqual(
      {
        id: 'service.yoga',
        type: 'service',
        field: 'title',
        reason: 'is required',
        studioUrl: 'https://studio.example.org/intent/edit/id=service.yoga;type=service',
      },
    );
    expect(reportProblem({ id: 'line 12', field: '', reason: 'is not JSON' }, base).studioUrl).toBeUndefined();
    expect(reportProblem({ id: '(dataset)', field: '', reason: 'is empty' }, base).studioUrl).toBeUndefined();
    expect(reportProblem({ reason: 'Refusing to publish: …' }, base)).toEqual({
      field: '',
      reason: 'Refusing to publish: …',
    });
  });

  const refused: BuildReport = {
    ok: false,
    startedAt: '2026-11-30T02:00:00.000Z',
    counts: {},
    problems: [
      reportProblem(
        { id: 'location.x', type: 'location', field: 'admissionsPhone.extension', reason: 'must be 1 to 6 digits' },
        'http://localhost:3333',
      ),
      reportProblem({ reason: 'The Content Lake did not answer | twice' }, 'http://localhost:3333'),
    ],
  };

  it('prints each problem with its link on the console', () => {
    expect(formatReportForConsole(refused)).toEqual([
      '  - location.x › admissionsPhone.extension: must be 1 to 6 digits',
      '    fix it: http://localhost:3333/intent/edit/id=location.x;type=location',
      '  - build: The Content Lake did not answer | twice',
    ]);
  });

  it('writes a Markdown table for a job summary, escaping table pipes', () => {
    const markdown = formatReportAsMarkdown(refused);
    expect(markdown).toContain('The build was refused: the live site is unchanged');
    expect(markdown).toContain(
      '| location.x | admissionsPhone.extension | must be 1 to 6 digits | [open in the Studio](http://localhost:3333/intent/edit/id=location.x;type=location) |',
    );
    expect(markdown).toContain('| (whole build) |  | The Content Lake did not answer \\| twice |  |');
    expect(formatReportAsMarkdown({ ok: true, startedAt: '', counts: { locations: 12 }, problems: [] })).toContain(
      '12 locations',
    );
  });
});
