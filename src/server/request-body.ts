import type { IncomingMessage } from 'node:http';
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** Why a body was refused: the status and the message the client is told. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The JSON body of a GraphQL POST, with the rules express.json() applied before (so clients see
 * the same answers): only `application/json` is parsed (any other type leaves the body
 * undefined, and Apollo refuses it as a missing body); a UTF charset only; gzip, deflate or br
 * inflated; at most `limit` bytes after inflation (413); an empty body is `{}`; the text must
 * start with `{` or `[`. Resolves to undefined when there is nothing to parse.
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const contentType = req.headers['content-type'];
  if (contentType === undefined || !hasBody(req)) return undefined;
  const [mediaType, ...params] = contentType.split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') return undefined;
  const charset = charsetOf(params);
  if (!charset.startsWith('utf-')) {
    return refuseAfterReading(
      req,
      new BodyError(415, 'BAD_REQUEST', `unsupported charset "${charset.toUpperCase()}"`),
    );
  }
  const text = decode(await readBytes(req, limit), charset);
  return parseStrict(text);
}

/** Node's own test for a body (body-parser's too): a length header or chunked transfer. */
function hasBody(req: IncomingMessage): boolean {
  return (
    req.headers['transfer-encoding'] !== undefined || req.headers['content-length'] !== undefined
  );
}

function charsetOf(params: string[]): string {
  for (const param of params) {
    const [name, value = ''] = param.split('=');
    if (name.trim().toLowerCase() === 'charset')
      return value.trim().replace(/^"|"$/g, '').toLowerCase();
  }
  return 'utf-8';
}

/** The request's bytes (inflated), refusing past `limit` once the rest has been read off. */
function readBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding === 'identity' && declared > limit) {
    return refuseAfterReading(req, tooLarge());
  }
  let source: Readable = req;
  let inflate: Transform | null = null;
  if (encoding !== 'identity') {
    inflate = decompressor(encoding);
    if (!inflate) {
      return refuseAfterReading(
        req,
        new BodyError(415, 'BAD_REQUEST', `unsupported content encoding "${encoding}"`),
      );
    }
    source = req.pipe(inflate);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const fail = (error: BodyError): void => {
      source.removeAllListeners('data');
      if (inflate) {
        req.unpipe(inflate);
        inflate.destroy();
      }
      // Read the rest off, so that the connection can serve the next request.
      req.resume();
      if (req.readableEnded) reject(error);
      else req.once('end', () => reject(error)).once('close', () => reject(error));
    };
    source.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) return fail(tooLarge());
      chunks.push(chunk);
    });
    source.once('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    source.once('error', () =>
      fail(new BodyError(400, 'BAD_REQUEST', 'request body could not be read or inflated')),
    );
    req.once('close', () => {
      if (!req.readableEnded)
        reject(new BodyError(400, 'BAD_REQUEST', 'request body was cut short'));
    });
  });
}

function decompressor(encoding: string): Transform | null {
  if (encoding === 'gzip') return createGunzip();
  if (encoding === 'deflate') return createInflate();
  if (encoding === 'br') return createBrotliDecompress();
  return null;
}

function tooLarge(): BodyError {
  return new BodyError(413, 'PAYLOAD_TOO_LARGE', 'request body is too large');
}

/** Drains the request, then rejects: the answer goes out once the client has finished sending. */
function refuseAfterReading(req: IncomingMessage, error: BodyError): Promise<never> {
  return new Promise((_resolve, reject) => {
    req.resume();
    if (req.readableEnded) reject(error);
    else req.once('end', () => reject(error)).once('close', () => reject(error));
  });
}

function decode(bytes: Buffer, charset: string): string {
  if (charset === 'utf-8' || charset === 'utf8') return bytes.toString('utf8');
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    throw new BodyError(415, 'BAD_REQUEST', `unsupported charset "${charset.toUpperCase()}"`);
  }
}

const INVALID_JSON = 'request body is not valid JSON';

function parseStrict(text: string): unknown {
  const first = firstNonWhitespace(text);
  if (first === '') return {};
  if (first !== '{' && first !== '[') throw new BodyError(400, 'BAD_REQUEST', INVALID_JSON);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400, 'BAD_REQUEST', INVALID_JSON);
  }
}

/** The first character that is not JSON whitespace ('' when none), without copying the text. */
function firstNonWhitespace(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return c;
  }
  return '';
}
