import { randomUUID } from 'node:crypto';
import { DomainError } from '../domain/errors';

/**
 * One request's lifetime: its id (in the `x-request-id` header, its log lines and masked
 * errors), its deadline, and an AbortSignal that fires when the request is abandoned: the
 * deadline passed, the client hung up, or it went over a hard cap. Once abandoned, no store call
 * starts and no further field resolves; the answer is the one error that says why.
 */
export class RequestScope {
  readonly id: string;
  readonly signal: AbortSignal;
  /** Field values resolved so far (objects and leaves), against the per-request cap. */
  resolved = 0;
  /** The cap on `resolved`; the request guard sets it when the request starts. */
  maxResolved = Number.POSITIVE_INFINITY;
  /** False once a field says the answer must not be cached (e.g. liveness). */
  cacheable = true;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;

  constructor(
    readonly timeoutMs: number,
    id: string = randomUUID(),
  ) {
    this.id = id;
    this.signal = this.controller.signal;
    this.timer = setTimeout(
      () =>
        this.abandon(
          new DomainError(
            'TIMEOUT',
            `the request took longer than ${timeoutMs} ms and was abandoned; ask for less`,
          ),
        ),
      timeoutMs,
    );
    // A pending deadline never keeps the process alive.
    this.timer.unref();
  }

  get abandoned(): boolean {
    return this.signal.aborted;
  }

  /** Why the request was abandoned (a DomainError or a coded GraphQLError). */
  get reason(): Error {
    return this.signal.reason as Error;
  }

  /** The first reason wins; later ones are ignored. */
  abandon(reason: Error): void {
    if (!this.signal.aborted) this.controller.abort(reason);
    clearTimeout(this.timer);
  }

  /** Throws the abandonment reason, if any: called before each store call and each field. */
  throwIfAbandoned(): void {
    if (this.signal.aborted) throw this.reason;
  }

  /** The answer speaks about now (e.g. liveness): no client, CDN or response cache may keep it. */
  neverCache(): void {
    this.cacheable = false;
  }

  /** The request answered: its deadline no longer applies. */
  finish(): void {
    clearTimeout(this.timer);
  }
}
