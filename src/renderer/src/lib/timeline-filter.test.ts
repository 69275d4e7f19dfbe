import { describe, expect, it } from 'vitest';
import { matchesTimelineFilter } from './timeline-filter';

describe('timeline filter', () => {
  it('groups event kinds', () => {
    expect(matchesTimelineFilter('checklist_answered', 'checklist')).toBe(true);
    expect(matchesTimelineFilter('checklist_answered', 'comments')).toBe(false);
    expect(matchesTimelineFilter('escalated', 'escalation')).toBe(true);
    expect(matchesTimelineFilter('resolution_recorded', 'problem')).toBe(true);
    expect(matchesTimelineFilter('anything_new', 'all')).toBe(true);
    expect(matchesTimelineFilter('anything_new', 'status')).toBe(false);
  });
});
