import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface ConnectionLimits {
  /** Open connections at most. */
  maxConnections: number;
  /** Time a client has to send its request headers (slow-header attacks). */
  headersTimeoutMs: number;
  /** Time a client has to send its whole request (slow-body attacks). */
  requestTimeoutMs: number;
}

/** How often Node checks the two timeouts (its default, 30 s, lets a slow client linger). */
const TIMEOUT_CHECK_INTERVAL_MS = 1000;

/** Options for http.createServer: the timeouts Node enforces itself, checked every second. */
export function serverTimeoutOptions(limits: ConnectionLimits) {
  // Node refuses a header timeout longer than the request timeout.
  const requestTimeout = Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs);
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout,
    connectionsCheckingInterval: Math.min(TIMEOUT_CHECK_INTERVAL_MS, limits.headersTimeoutMs),
  };
}

/**
 * Keeps open connections (and so file descriptors) at most `maxConnections`. When a new one
 * arrives at the cap, the oldest connection with no request in progress (one still trickling
 * its headers, or idle between keep-alive requests) is closed to make room, so a slow-header
 * flood cannot lock out real clients; if every connection is serving a request, the new one
 * is closed. Cost per connection: two set operations.
 */
export function limitConnections(
  server: Server,
  maxConnections: number,
  headersTimeoutMs: number,
): void {
  const open = new Set<Socket>();
  /** Connections with no request in progress, oldest first (a Set keeps insertion order). */
  const idle = new Set<Socket>();
  const forget = (socket: Socket): void => {
    open.delete(socket);
    idle.delete(socket);
  };
  server.on('connection', (socket: Socket) => {
    if (open.size >= maxConnections) {
      const oldest = idle.values().next().value;
      if (!oldest) {
        socket.destroy();
        return;
      }
      forget(oldest);
      oldest.destroy();
    }
    open.add(socket);
    idle.add(socket);
    socket.once('close', () => forget(socket));
    // Node's own header timeout does not close a connection that never completes its first
    // request line and headers; this idle timer does. One listener per connection: the timer is
    // re-armed with setTimeout(ms) alone, since setTimeout(ms, callback) adds a listener per call
    // (a keep-alive client leaked one per request).
    socket.on('timeout', () => {
      if (idle.has(socket)) socket.destroy();
    });
    socket.setTimeout(headersTimeoutMs);
  });
  server.on(
    'request',
    (req: { socket: Socket }, res: { once(e: 'close', f: () => void): void }) => {
      const socket = req.socket;
      idle.delete(socket);
      // Disarmed while the request is served: a socket timeout that nobody handles makes Node
      // destroy the socket, which cut off answers slower than the idle time.
      socket.setTimeout(0);
      res.once('close', () => {
        // Back in line as the newest idle connection, if it stays open for keep-alive.
        if (open.has(socket) && !socket.destroyed) {
          idle.add(socket);
          socket.setTimeout(headersTimeoutMs);
        }
      });
    },
  );
}
