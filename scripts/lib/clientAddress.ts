/**
 * Which client a request comes from: the connection's own address, unless that is a proxy named in TRUSTED_PROXIES,
 * in which case the address that proxy forwarded (the last X-Forwarded-For entry not itself a trusted proxy).
 * A client's own X-Forwarded-For is otherwise ignored: it would let anyone pose as any address.
 */
import { BlockList, isIP } from 'node:net'

/** Parses TRUSTED_PROXIES: addresses and CIDR ranges separated by commas (`10.0.0.5, 10.1.0.0/16, ::1`). */
export function parseTrustedProxies(value = ''): BlockList {
  const list = new BlockList()
  for (const entry of value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address, bits] = entry.split('/')
    const family = isIP(address ?? '')
    const prefix = Number(bits)
    if (!family || (bits !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= (family === 4 ? 32 : 128))))
      throw new Error(`TRUSTED_PROXIES must list IP addresses or CIDR ranges separated by commas (e.g. 10.0.0.5,10.1.0.0/16); "${entry}" is neither.`)
    const type = family === 4 ? 'ipv4' : 'ipv6'
    if (bits === undefined) list.addAddress(address!, type)
    else list.addSubnet(address!, prefix, type)
  }
  return list
}

const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.)/, '')

/** True when the address (as a socket gives it) is one of the trusted proxies. */
export function trusts(list: BlockList, address: string | undefined): boolean {
  const ip = plain(address ?? '')
  const family = isIP(ip)
  return family !== 0 && list.check(ip, family === 4 ? 'ipv4' : 'ipv6')
}

export function clientOf(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: BlockList): string {
  let client = plain(remoteAddress ?? '')
  if (!trusts(trusted, client)) return client || 'unknown'
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((hop) => plain(hop.trim()))
    .filter((hop) => isIP(hop))
  while (hops.length > 0 && trusts(trusted, client)) client = hops.pop()!
  return client
}
