import { DomainError } from '../../domain/errors';

/**
 * At most `slots` engine queries run at once. The engine cannot cancel a query, so a request
 * that timed out leaves its query running; without a bound, a burst of expensive requests piles
 * up queries until memory runs out. With it, the slot stays taken until the engine finishes and
 * new queries wait — and a query whose caller gave up while it waited never starts.
 */
export class QueryGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly slots: number) {}

  /** Runs `work` in a slot, or rejects with TIMEOUT if no slot frees up within `waitMs`. */
  async run<T>(work: () => Promise<T>, waitMs: number, what: string): Promise<T> {
    await this.acquire(waitMs, what);
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(waitMs: number, what: string): Promise<void> {
    if (this.running < this.slots) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = (): void => {
        clearTimeout(timer);
        this.running++;
        resolve();
      };
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(grant);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(new DomainError('TIMEOUT', `${what} waited longer than ${waitMs} ms for the store`));
      }, waitMs);
      this.waiting.push(grant);
    });
  }

  private release(): void {
    this.running--;
    this.waiting.shift()?.();
  }
}
