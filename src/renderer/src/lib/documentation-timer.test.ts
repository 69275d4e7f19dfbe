import { describe, expect, it } from 'vitest';
import { createDocumentationTimer } from './documentation-timer';

describe('documentation timer', () => {
  it('counts typing time and pauses on idle over a minute', () => {
    let t = 0;
    const timer = createDocumentationTimer(() => t);
    timer.focus();
    for (let i = 0; i < 10; i++) {
      t += 2_000;
      timer.input();
    }
    t += 61_000; // idle: not counted
    timer.input();
    t += 5_000;
    timer.input();
    expect(timer.take()).toBe(25);
    expect(timer.take()).toBe(0);
  });

  it('counts nothing while unfocused and keeps fractions for later', () => {
    let t = 0;
    const timer = createDocumentationTimer(() => t);
    timer.input();
    t += 1_500;
    timer.input();
    expect(timer.take()).toBe(0);
    timer.focus();
    t += 1_500;
    timer.input();
    timer.blur();
    t += 1_000;
    timer.input();
    expect(timer.take()).toBe(1);
  });
});
