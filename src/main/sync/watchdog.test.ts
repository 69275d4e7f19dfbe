import { afterEach, describe, expect, it, vi } from 'vitest';
import { realTimers } from './timers';
import { createWatchdog } from './watchdog';

describe('createWatchdog', () => {
  afterEach(() => vi.useRealTimers());

  it('fires only after a full period without a kick', () => {
    vi.useFakeTimers();
    const stalls: number[] = [];
    const dog = createWatchdog(realTimers, 1000, () => stalls.push(Date.now()));
    dog.kick();
    vi.advanceTimersByTime(900);
    dog.kick();
    vi.advanceTimersByTime(900);
    expect(stalls).toHaveLength(0);
    vi.advanceTimersByTime(100);
    expect(stalls).toHaveLength(1);
    expect(dog.running).toBe(false);
  });

  it('never fires once stopped', () => {
    vi.useFakeTimers();
    const onStall = vi.fn();
    const dog = createWatchdog(realTimers, 1000, onStall);
    dog.kick();
    dog.stop();
    vi.advanceTimersByTime(5000);
    expect(onStall).not.toHaveBeenCalled();
  });
});
