/**
 * Splits long work into tasks short enough for the page to stay responsive. The work asks `due` at
 * points where it may stop, and yields there once the current task has run for its slice. One
 * slicer goes through all the stages of a job, so that a stage ending early in a task does not give
 * the next stage a fresh slice in the same task.
 */
export class TaskSlicer {
  private deadline: number;

  /**
   * @param sliceMs work per task before the page gets the main thread back (0: at every chance).
   * @param yieldToPage how to give it back; tests pass a synchronous stub.
   */
  constructor(
    private readonly sliceMs: number,
    private readonly yieldToPage: () => Promise<void> = yieldToPageByTimer,
  ) {
    this.deadline = performance.now() + sliceMs;
  }

  /** Whether the current task has had its slice: cheap enough to ask every few hundred steps. */
  get due(): boolean {
    return performance.now() >= this.deadline;
  }

  /** Gives the page the main thread, and starts the next task's slice. */
  async yield(): Promise<void> {
    await this.yieldToPage();
    this.deadline = performance.now() + this.sliceMs;
  }
}

function yieldToPageByTimer(): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}
