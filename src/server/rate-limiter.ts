import { isIP } from 'node:net';
import type { NextFunction, Request, Response } from 'express';

export interface Take {
  allowed: boolean;
  /** Takes by this key in the current window, this one included. */
  count: number;
  /** Seconds until the window ends. */
  retryAfterSeconds: number;
}

/**
 * A fixed-window counter per key whose memory is bounded whatever the keys: at most `maxKeys`
 * entries (the oldest is dropped to admit a new key) and the map is emptied every window. Keys
 * are client addresses, IPv6 ones cut to their /64, so one host cannot rotate through its
 * block to reset its count.
 */
export class RateLimiter {
  private readonly counts = new Map<string, number>();
  private windowStart = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60000,
    private readonly maxKeys = 10000,
  ) {}

  take(address: string, now = Date.now()): Take {
    this.roll(now);
    const key = limiterKey(address);
    const count = (this.counts.get(key) ?? 0) + 1;
    if (count === 1 && this.counts.size >= this.maxKeys) {
      const oldest = this.counts.keys().next().value;
      if (oldest !== undefined) this.counts.delete(oldest);
    }
    this.counts.set(key, count);
    return {
      allowed: count <= this.limit,
      count,
      retryAfterSeconds: Math.max(1, Math.ceil((this.windowStart + this.windowMs - now) / 1000)),
    };
  }

  /** Takes by this address in the current window, without taking. */
  count(address: string, now = Date.now()): number {
    this.roll(now);
    return this.counts.get(limiterKey(address)) ?? 0;
  }

  private roll(now: number): void {
    if (now - this.windowStart >= this.windowMs) {
      this.counts.clear();
      this.windowStart = now;
    }
  }

  /** Keys held now (for tests and metrics). */
  get size(): number {
    return this.counts.size;
  }
}

/** The limiter key of an address: IPv6 by its /64 network, anything else as it is. */
export function limiterKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g || '0', 16).toString(16))
    .join(':')}::/64`;
}

/** Express middleware: RATE_LIMIT_PER_MINUTE requests per client address; 0 turns it off. */
export function rateLimit(perMinute: number, clientAddress: (req: Request) => string) {
  const limiter = new RateLimiter(perMinute);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (perMinute <= 0) return next();
    const taken = limiter.take(clientAddress(req));
    if (!taken.allowed) {
      res.setHeader('Retry-After', String(taken.retryAfterSeconds));
      res.status(429).json({
        errors: [{ message: 'too many requests; slow down', extensions: { code: 'RATE_LIMITED' } }],
      });
      return;
    }
    next();
  };
}
