import { afterEach, describe, expect, it } from 'vitest';
import type { StoreHandle } from '../store/open-database';
import { loadSlaConfig } from '../store/queries/sla-config';
import { createTestStore } from '../store/testing/create-test-store';
import { seedSlaDemo } from './seed-sla-demo';

let store: StoreHandle | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

describe('seedSlaDemo', () => {
  it('writes valid calendars, contracts and policies, deterministically', async () => {
    store = await createTestStore();
    await seedSlaDemo(store, { seed: 42 });
    const config = await loadSlaConfig(store.db);
    expect(config.problems).toEqual([]);
    expect([...config.calendars.keys()].sort()).toEqual(['lima', 'lima-24x7', 'madrid', 'mexico', 'santiago', 'tokyo']);
    expect(config.policies.length).toBe(16);
    expect(config.contractsByOrganization.size).toBe(5);
    for (const policy of config.policies) expect(config.calendars.has(policy.calendarId)).toBe(true);
    const again = await createTestStore();
    await seedSlaDemo(again, { seed: 42 });
    const second = await loadSlaConfig(again.db);
    expect([...second.contractsByOrganization.values()]).toEqual([...config.contractsByOrganization.values()]);
    await again.close();
  });
});
