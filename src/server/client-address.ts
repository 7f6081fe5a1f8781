import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** Longest X-Forwarded-For read; a longer one is ignored as a whole. */
const MAX_FORWARDED_LENGTH = 1024;

/**
 * Who the client is, for rate limits and logs. The socket's address, unless that address is a
 * configured proxy (TRUST_PROXY): then X-Forwarded-For is read from the right, hop by hop, while
 * the hop is a trusted proxy, and only well-formed IP addresses are taken. Anything malformed
 * stops the walk at the last address known to be real.
 */
export function clientAddressResolver(trustProxy: readonly string[]) {
  const trusted = proxyList(trustProxy);
  return (req: IncomingMessage): string => {
    let address = normalise(req.socket.remoteAddress ?? '');
    if (!trusted) return address;
    const header = req.headers['x-forwarded-for'];
    if (typeof header !== 'string' || header.length > MAX_FORWARDED_LENGTH) return address;
    const hops = header.split(',');
    for (let i = hops.length - 1; i >= 0 && isTrusted(trusted, address); i--) {
      const hop = normalise(hops[i].trim());
      if (isIP(hop) === 0) break;
      address = hop;
    }
    return address;
  };
}

function proxyList(entries: readonly string[]): BlockList | null {
  if (entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address, bits] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is `10.0.0.1`. */
function normalise(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}
