/**
 * Grafeo fails a second concurrent writer instead of making it wait, so every write in this
 * process goes through one queue, one at a time.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    // Keep the chain alive whether this job succeeds or fails.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
