import net from 'node:net';

/**
 * A minimal Bolt 4.4 server on a real TCP port: enough of the handshake, PackStream and the
 * message flow (HELLO, BEGIN, RUN, PULL, COMMIT, ROLLBACK, RESET, GOODBYE) for neo4j-driver to
 * connect and run managed read and write transactions. It answers each transaction from a table
 * keyed by the query name the service sends as transaction metadata, so no Cypher is interpreted.
 * Write transactions (BEGIN, RUN…, COMMIT) are accepted and recorded; a committed seed-meta
 * write (`MERGE (m:KizunaMeta …`) is remembered so that `load.readMeta` and `stats.graphLoaded`
 * answer as a server that holds that graph would, unless the table says otherwise.
 *
 * It is a stand-in for a *network peer*, not for the driver: the service's real driver, pool,
 * retries and error mapping run against it. `drop()` destroys every open connection and refuses
 * new ones (the database went away); `restore()` accepts again on the same port.
 */
export type Rows = Array<Record<string, unknown>>;

export class FakeBoltServer {
  private readonly sockets = new Set<net.Socket>();
  private server: net.Server | null = null;
  /** Transactions seen, by query name, in order. */
  readonly queries: string[] = [];
  /** Query names whose answer is held back until the connection is dropped. */
  readonly hang = new Set<string>();
  /** Committed transactions: their name and the statement texts run in them. */
  readonly commits: Array<{ name: string; statements: string[] }> = [];
  /** The parameters of the last committed seed-meta write. */
  seedMeta: Record<string, unknown> | null = null;
  /** Failures to answer the next BEGINs of a transaction name with (Neo4j error codes). */
  private readonly failures = new Map<string, string[]>();
  /** Drop every connection when the Nth RUN of a write transaction arrives. */
  private dropAtRun: number | null = null;
  private runsInWrites = 0;

  private constructor(
    readonly port: number,
    private readonly answers: Record<string, Rows>,
  ) {}

  static async start(answers: Record<string, Rows>, port = 0): Promise<FakeBoltServer> {
    const fake = new FakeBoltServer(port, answers);
    await fake.listen(port);
    return fake;
  }

  /** The first RUN in the next transaction `name` gets a FAILURE of `code` (then it recovers). */
  failNext(name: string, code: string): void {
    this.failures.set(name, [...(this.failures.get(name) ?? []), code]);
  }

  /** Cut every connection (and refuse new ones, as drop()) when the Nth write RUN arrives. */
  dropOnRun(n: number): void {
    this.dropAtRun = n;
    this.runsInWrites = 0;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  /** Every connection is cut and the port refuses new ones. */
  async drop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = null;
    if (server) await new Promise((resolve) => server.close(resolve));
  }

  async restore(): Promise<void> {
    await this.listen(this.port);
  }

  async close(): Promise<void> {
    await this.drop();
  }

  private answerFor(query: string): Rows {
    const given = this.answers[query];
    if (given) return given;
    if (this.seedMeta && (query === 'load.readMeta' || query === 'stats.graphLoaded'))
      return [
        {
          fingerprint: this.seedMeta.fingerprint,
          entities: this.seedMeta.entities,
          versionFingerprint: this.seedMeta.versionFingerprint ?? null,
        },
      ];
    return [];
  }

  private async listen(port: number): Promise<void> {
    const server = net.createServer((socket) => this.serve(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    this.server = server;
    (this as { port: number }).port = (server.address() as net.AddressInfo).port;
  }

  private serve(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = Buffer.alloc(0);
    let shaken = false;
    let message = Buffer.alloc(0);
    let query = '';
    let pending: Rows = [];
    let statements: string[] = [];
    let meta: Record<string, unknown> | null = null;
    let failed = false;
    let failure: string | null = null;
    const send = (signature: number, fields: unknown[]) =>
      socket.write(chunk(encodeStruct(signature, fields)));
    const success = (meta: Record<string, unknown> = {}) => send(0x70, [meta]);

    const handle = (signature: number, fields: unknown[]): void => {
      // After a FAILURE, Bolt ignores everything until RESET.
      if (failed && signature !== 0x0f) return void send(0x7e, []);
      switch (signature) {
        case 0x0f: // RESET
          failed = false;
          return void success({});
        case 0x01: // HELLO
          return void success({ server: 'Neo4j/4.4.0', connection_id: 'bolt-fake', hints: {} });
        case 0x11: {
          // BEGIN {tx_metadata: {query}}
          const extra = (fields[0] ?? {}) as { tx_metadata?: { query?: string } };
          query = extra.tx_metadata?.query ?? '';
          this.queries.push(query);
          statements = [];
          meta = null;
          failure = this.failures.get(query)?.shift() ?? null;
          if (this.hang.has(query)) return; // never answered: the request waits on the wire
          return void success({});
        }
        case 0x10: {
          // RUN text params extra
          if (failure) {
            failed = true;
            const code = failure;
            failure = null;
            return void send(0x7f, [{ code, message: `fake: ${code}` }]);
          }
          const text = String(fields[0]);
          statements.push(text);
          if (/^MERGE \(m:KizunaMeta/.test(text)) meta = fields[1] as Record<string, unknown>;
          // The graph version is written by its own statement after the load's meta.
          if (meta && /SET m\.versionFingerprint/.test(text))
            meta = {
              ...meta,
              versionFingerprint: (fields[1] as Record<string, unknown>).fingerprint,
            };
          if (query === 'transaction' && this.dropAtRun !== null) {
            if (++this.runsInWrites >= this.dropAtRun) {
              this.dropAtRun = null;
              void this.drop();
              return;
            }
          }
          pending = this.answerFor(query);
          return void success({ fields: Object.keys(pending[0] ?? {}), t_first: 0, qid: 0 });
        }
        case 0x3f: // PULL
          for (const row of pending) send(0x71, [Object.values(row)]);
          pending = [];
          return void success({ has_more: false, type: 'r', t_last: 0, db: 'neo4j' });
        case 0x12: // COMMIT
          this.commits.push({ name: query, statements });
          if (meta) this.seedMeta = meta;
          return void success({ bookmark: `fake:${this.commits.length}` });
        case 0x02: // GOODBYE
          return void socket.end();
        default: // ROLLBACK, RESET, ROUTE, …: acknowledged
          return void success({});
      }
    };

    socket.on('data', (data: Buffer) => {
      buffer = Buffer.concat([buffer, data]);
      if (!shaken) {
        if (buffer.length < 20) return;
        buffer = buffer.subarray(20);
        shaken = true;
        socket.write(Buffer.from([0, 0, 4, 4])); // Bolt 4.4
      }
      while (buffer.length >= 2) {
        const size = buffer.readUInt16BE(0);
        if (buffer.length < 2 + size) return;
        const body = buffer.subarray(2, 2 + size);
        buffer = buffer.subarray(2 + size);
        if (size > 0) {
          message = Buffer.concat([message, body]);
          continue;
        }
        if (message.length === 0) continue; // a NOOP keep-alive chunk
        const { value } = decode(message, 0);
        message = Buffer.alloc(0);
        const struct = value as { signature: number; fields: unknown[] };
        handle(struct.signature, struct.fields);
      }
    });
  }
}

function chunk(payload: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let offset = 0; offset < payload.length; offset += 0xffff) {
    const piece = payload.subarray(offset, offset + 0xffff);
    const header = Buffer.alloc(2);
    header.writeUInt16BE(piece.length);
    parts.push(header, piece);
  }
  parts.push(Buffer.from([0, 0]));
  return Buffer.concat(parts);
}

/** PackStream v1 encoding of the values the answers use. */
function encode(value: unknown): Buffer {
  if (value === null || value === undefined) return Buffer.from([0xc0]);
  if (value === true) return Buffer.from([0xc3]);
  if (value === false) return Buffer.from([0xc2]);
  if (typeof value === 'number' && Number.isInteger(value)) {
    if (value >= -16 && value < 128) return Buffer.from([value & 0xff]);
    const out = Buffer.alloc(9);
    out[0] = 0xcb;
    out.writeBigInt64BE(BigInt(value), 1);
    return out;
  }
  if (typeof value === 'number') {
    const out = Buffer.alloc(9);
    out[0] = 0xc1;
    out.writeDoubleBE(value, 1);
    return out;
  }
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([sized(bytes.length, 0x80, 0xd0), bytes]);
  }
  if (Array.isArray(value)) {
    return Buffer.concat([sized(value.length, 0x90, 0xd4), ...value.map(encode)]);
  }
  const entries = Object.entries(value as Record<string, unknown>);
  return Buffer.concat([
    sized(entries.length, 0xa0, 0xd8),
    ...entries.flatMap(([k, v]) => [encode(k), encode(v)]),
  ]);
}

function sized(length: number, tiny: number, marker8: number): Buffer {
  if (length < 16) return Buffer.from([tiny + length]);
  if (length < 0x100) return Buffer.from([marker8, length]);
  const out = Buffer.alloc(5);
  out[0] = marker8 + 2;
  out.writeUInt32BE(length, 1);
  return out;
}

function encodeStruct(signature: number, fields: unknown[]): Buffer {
  return Buffer.concat([Buffer.from([0xb0 + fields.length, signature]), ...fields.map(encode)]);
}

/** PackStream v1 decoding of whatever the driver sends. */
function decode(buf: Buffer, at: number): { value: unknown; next: number } {
  const marker = buf[at];
  const many = (count: number, start: number, pairs: boolean) => {
    const items: unknown[] = [];
    let next = start;
    for (let i = 0; i < count * (pairs ? 2 : 1); i++) {
      const item = decode(buf, next);
      items.push(item.value);
      next = item.next;
    }
    if (!pairs) return { value: items, next };
    const map: Record<string, unknown> = {};
    for (let i = 0; i < items.length; i += 2) map[String(items[i])] = items[i + 1];
    return { value: map, next };
  };
  const text = (length: number, start: number) => ({
    value: buf.toString('utf8', start, start + length),
    next: start + length,
  });
  if (marker < 0x80) return { value: marker, next: at + 1 };
  if (marker >= 0xf0) return { value: marker - 0x100, next: at + 1 };
  const high = marker & 0xf0;
  if (high === 0x80) return text(marker & 0x0f, at + 1);
  if (high === 0x90) return many(marker & 0x0f, at + 1, false);
  if (high === 0xa0) return many(marker & 0x0f, at + 1, true);
  if (high === 0xb0) {
    const fields = many(marker & 0x0f, at + 2, false);
    return { value: { signature: buf[at + 1], fields: fields.value }, next: fields.next };
  }
  switch (marker) {
    case 0xc0:
      return { value: null, next: at + 1 };
    case 0xc1:
      return { value: buf.readDoubleBE(at + 1), next: at + 9 };
    case 0xc2:
      return { value: false, next: at + 1 };
    case 0xc3:
      return { value: true, next: at + 1 };
    case 0xc8:
      return { value: buf.readInt8(at + 1), next: at + 2 };
    case 0xc9:
      return { value: buf.readInt16BE(at + 1), next: at + 3 };
    case 0xca:
      return { value: buf.readInt32BE(at + 1), next: at + 5 };
    case 0xcb:
      return { value: Number(buf.readBigInt64BE(at + 1)), next: at + 9 };
    case 0xd0:
      return text(buf[at + 1], at + 2);
    case 0xd1:
      return text(buf.readUInt16BE(at + 1), at + 3);
    case 0xd2:
      return text(buf.readUInt32BE(at + 1), at + 5);
    case 0xd4:
      return many(buf[at + 1], at + 2, false);
    case 0xd5:
      return many(buf.readUInt16BE(at + 1), at + 3, false);
    case 0xd8:
      return many(buf[at + 1], at + 2, true);
    case 0xd9:
      return many(buf.readUInt16BE(at + 1), at + 3, true);
    default:
      throw new Error(`fake Bolt server: unsupported PackStream marker 0x${marker.toString(16)}`);
  }
}
