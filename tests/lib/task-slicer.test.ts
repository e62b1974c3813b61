import { afterEach, describe, expect, it, vi } from 'vitest';
import { TaskSlicer } from '../../lib/task-slicer';

describe('TaskSlicer', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is due once the task has had its slice, and starts a new slice after yielding', async () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    let yields = 0;
    const slicer = new TaskSlicer(25, async () => {
      yields++;
      now += 4; // the page's own work while we wait
    });
    now += 20;
    expect(slicer.due).toBe(false);
    now += 5;
    expect(slicer.due).toBe(true);
    await slicer.yield();
    expect(yields).toBe(1);
    expect(slicer.due).toBe(false);
    now += 25;
    expect(slicer.due).toBe(true);
  });

  it('keeps one slice across stages: a stage that ends early leaves the next only the rest', () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const slicer = new TaskSlicer(25, async () => {});
    now = 20; // reading the page took 20 ms and ended without a pause
    expect(slicer.due).toBe(false);
    now = 26; // spotting in the same task is due after 6 ms more, not after a fresh 25 ms
    expect(slicer.due).toBe(true);
  });

  it('with a slice of 0 pauses at every chance', () => {
    expect(new TaskSlicer(0, async () => {}).due).toBe(true);
  });
});
