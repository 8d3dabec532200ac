// Where a webhook may be sent: the operator's allow-list, and the addresses no webhook goes to
// unless the operator allows it (loopback, private, link-local, unique-local, shared/CGNAT,
// documentation and benchmark ranges, and the IPv4-mapped, -compatible, NAT64 and 6to4 forms of
// those), in whatever spelling the address is written.
//
// Every host is first normalised by the WHATWG URL parser (`new URL`), which already rewrites the
// other spellings of an IPv4 address to dotted decimal (2130706433, 0x7f000001, 0177.0.0.1 and
// 127.1 are all 127.0.0.1) and an IPv6 address to its compressed form ([::ffff:127.0.0.1] is
// [::ffff:7f00:1]); only then is it classified, so no spelling is classified on its own.
//
// The rules:
//   - With no allow-list, any host whose addresses are all public is allowed, over https only.
//   - With an allow-list (comma-separated host names, `*.suffix` for the names under a suffix, IP
//     addresses), only the hosts it names are allowed; they may also be reached over http, and
//     may be (or resolve to) special addresses — the operator has named them.
//   - Unspecified (0.0.0.0/8, ::), multicast and broadcast addresses are never a webhook.
//   - A host name is checked by its addresses when the caller can resolve it (Node: node:dns,
//     given as `resolve`); without a resolver (Workers) only `localhost` and `*.localhost` are
//     refused by name, and the allow-list is what keeps names to the hosts the operator meant.
//
// Pure: the caller resolves names (ResolveHost) and does the I/O.

import { PlanError } from "../errors.js";
import { webhookUrl } from "./robots.js";

/** What makes an address one no webhook goes to by default. */
export type SpecialKind = "unspecified" | "loopback" | "private" | "shared" | "link-local" | "unique-local" | "multicast" | "broadcast" | "documentation" | "benchmark" | "reserved";

/** A special address: its kind and the range it falls in (and, for an IPv6 form of an IPv4 address, that address). */
export interface SpecialAddress {
  readonly kind: SpecialKind;
  /** The range, e.g. "127.0.0.0/8". */
  readonly range: string;
  /** The IPv4 address an IPv6 address carries (IPv4-mapped, -compatible, NAT64, 6to4), when that is what is special. */
  readonly ipv4?: string;
}

/** Kinds no allow-list entry can open: nothing listens for a webhook there. */
const NEVER: ReadonlySet<SpecialKind> = new Set(["unspecified", "multicast", "broadcast"]);

// ── Addresses ───────────────────────────────────────────────────────────────────────────────

const DOTTED = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * The canonical form of an IP address however it is written (2130706433, 0x7f000001, 0177.0.0.1,
 * 127.1, [::ffff:127.0.0.1], fe80::1%eth0): dotted decimal for IPv4, compressed lowercase hex
 * without brackets for IPv6, as the WHATWG URL parser writes them; null for a host name.
 */
export const canonicalIp = (text: string): string | null => {
  let t = text.trim();
  if (t.startsWith("[") && t.endsWith("]")) t = t.slice(1, -1);
  if (t.includes(":")) {
    // A zone (fe80::1%eth0, as a resolver may give it) names an interface, not the address.
    const zone = t.indexOf("%");
    if (zone >= 0) t = t.slice(0, zone);
    try {
      return new URL(`http://[${t}]/`).hostname.slice(1, -1);
    } catch {
      return null;
    }
  }
  if (t === "" || /[^0-9a-fx.]/i.test(t)) return null;
  try {
    const host = new URL(`http://${t}/`).hostname;
    return DOTTED.test(host) ? host : null;
  } catch {
    return null;
  }
};

const v4Number = (ip: string): number => {
  const m = DOTTED.exec(ip)!;
  return ((Number(m[1]) << 24) | (Number(m[2]) << 16) | (Number(m[3]) << 8) | Number(m[4])) >>> 0;
};

const v4Text = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");

// The eight 16-bit groups of a canonical IPv6 address.
const v6Groups = (ip: string): number[] => {
  const [head, tail] = ip.includes("::") ? ip.split("::") : [ip, undefined];
  const left = head === "" ? [] : head!.split(":");
  const right = tail === undefined || tail === "" ? [] : tail.split(":");
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return groups.map((g) => Number.parseInt(g, 16));
};

const v6BigInt = (groups: readonly number[]): bigint => groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);

interface V4Range {
  readonly base: number;
  readonly bits: number;
  readonly range: string;
  readonly kind: SpecialKind;
}

const v4Range = (range: string, kind: SpecialKind): V4Range => {
  const [ip, bits] = range.split("/");
  return { base: v4Number(ip!), bits: Number(bits), range, kind };
};

// IANA's IPv4 special-purpose registry, as far as a webhook cares; the first match wins.
const V4_RANGES: readonly V4Range[] = [
  v4Range("0.0.0.0/8", "unspecified"),
  v4Range("10.0.0.0/8", "private"),
  v4Range("100.64.0.0/10", "shared"),
  v4Range("127.0.0.0/8", "loopback"),
  v4Range("169.254.0.0/16", "link-local"),
  v4Range("172.16.0.0/12", "private"),
  v4Range("192.0.0.0/24", "reserved"),
  v4Range("192.0.2.0/24", "documentation"),
  v4Range("192.88.99.0/24", "reserved"),
  v4Range("192.168.0.0/16", "private"),
  v4Range("198.18.0.0/15", "benchmark"),
  v4Range("198.51.100.0/24", "documentation"),
  v4Range("203.0.113.0/24", "documentation"),
  v4Range("224.0.0.0/4", "multicast"),
  v4Range("255.255.255.255/32", "broadcast"),
  v4Range("240.0.0.0/4", "reserved"),
];

const inV4 = (n: number, r: V4Range): boolean => (r.bits === 0 ? true : n >>> (32 - r.bits) === r.base >>> (32 - r.bits));

const specialV4 = (n: number): SpecialAddress | null => {
  const hit = V4_RANGES.find((r) => inV4(n, r));
  return hit === undefined ? null : { kind: hit.kind, range: hit.range };
};

interface V6Range {
  readonly base: bigint;
  readonly bits: number;
  readonly range: string;
  /** What the range is; "embedded" ranges carry an IPv4 address at `at` (bit offset from the top) and are as special as it. */
  readonly kind: SpecialKind | "embedded";
  readonly at?: number;
  /** For an embedded range: the kind when the IPv4 address inside is public (null: as public as it). */
  readonly otherwise?: SpecialKind | null;
}

const v6Range = (range: string, kind: V6Range["kind"], at?: number, otherwise?: SpecialKind | null): V6Range => {
  const [ip, bits] = range.split("/");
  return { base: v6BigInt(v6Groups(ip!)), bits: Number(bits), range, kind, ...(at === undefined ? {} : { at, otherwise: otherwise ?? null }) };
};

// IANA's IPv6 special-purpose registry, as far as a webhook cares; the first match wins, and an
// address outside global unicast (2000::/3) that none of them names is reserved.
const V6_RANGES: readonly V6Range[] = [
  v6Range("::/128", "unspecified"),
  v6Range("::1/128", "loopback"),
  v6Range("::ffff:0:0/96", "embedded", 96), // IPv4-mapped: the IPv4 address itself
  v6Range("::/96", "embedded", 96, "reserved"), // IPv4-compatible (deprecated)
  v6Range("64:ff9b::/96", "embedded", 96), // NAT64, well-known prefix
  v6Range("64:ff9b:1::/48", "private"), // NAT64, local use
  v6Range("100::/64", "reserved"), // discard-only
  v6Range("2001:db8::/32", "documentation"),
  v6Range("2001::/23", "reserved"), // IETF protocol assignments (Teredo among them)
  v6Range("2002::/16", "embedded", 16), // 6to4: the IPv4 address in bits 16–47
  v6Range("3fff::/20", "documentation"),
  v6Range("fc00::/7", "unique-local"),
  v6Range("fe80::/10", "link-local"),
  v6Range("fec0::/10", "private"), // site-local (deprecated)
  v6Range("ff00::/8", "multicast"),
];

const inV6 = (n: bigint, r: V6Range): boolean => n >> BigInt(128 - r.bits) === r.base >> BigInt(128 - r.bits);

const specialV6 = (ip: string): SpecialAddress | null => {
  const n = v6BigInt(v6Groups(ip));
  const hit = V6_RANGES.find((r) => inV6(n, r));
  if (hit === undefined) return n >> 125n === 1n ? null : { kind: "reserved", range: "outside 2000::/3" };
  if (hit.kind !== "embedded") return { kind: hit.kind, range: hit.range };
  const ipv4 = Number((n >> BigInt(128 - hit.at! - 32)) & 0xffffffffn);
  const inner = specialV4(ipv4);
  if (inner !== null) return { ...inner, ipv4: v4Text(ipv4) };
  return hit.otherwise ? { kind: hit.otherwise, range: hit.range } : null;
};

/**
 * What makes an IP address (any spelling: see canonicalIp) one no webhook goes to by default —
 * loopback, private, shared (CGNAT), link-local, unique-local, unspecified, multicast, broadcast,
 * documentation, benchmark or otherwise reserved, directly or as the IPv4 address an IPv6
 * address carries — or null for a public address or a host name.
 */
export const specialAddress = (address: string): SpecialAddress | null => {
  const ip = canonicalIp(address);
  if (ip === null) return null;
  return ip.includes(":") ? specialV6(ip) : specialV4(v4Number(ip));
};

/** Whether an IP address (any spelling) is one no webhook goes to by default (see specialAddress). */
export const isSpecialAddress = (address: string): boolean => specialAddress(address) !== null;

// ── Hosts and the allow-list ──────────────────────────────────────────────────────────────

/**
 * A URL's host as the WHATWG URL parser writes it, lowercase, without a trailing dot, an IP
 * address canonical (see canonicalIp) and without brackets. Takes a URL or a bare host.
 */
export const normaliseHost = (urlOrHost: string | URL): string => {
  let hostname: string;
  if (typeof urlOrHost !== "string") hostname = urlOrHost.hostname;
  else if (urlOrHost.includes("://")) hostname = new URL(urlOrHost).hostname;
  else hostname = new URL(`http://${urlOrHost.includes(":") && !urlOrHost.startsWith("[") ? `[${urlOrHost}]` : urlOrHost}/`).hostname;
  const host = hostname.replace(/\.$/, "");
  return canonicalIp(host) ?? host;
};

// An IPv4-mapped address is the IPv4 address: one entry, either spelling, allows both.
const unmapped = (ip: string): string => {
  const special = ip.includes(":") ? /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(ip) : null;
  return special ? v4Text(((Number.parseInt(special[1]!, 16) << 16) | Number.parseInt(special[2]!, 16)) >>> 0) : ip;
};

/** The names of the allow-list setting, for messages: the Node server and CLI's, and the Worker's. */
export const WEBHOOK_ALLOW_SETTING = "PLAN_WEBHOOK_ALLOW (WEBHOOK_ALLOW on Workers)";

/**
 * The operator's allow-list from its setting: comma-separated host names, `*.suffix` (any name
 * under the suffix, not the suffix itself), and IP addresses in any spelling. Each entry is
 * normalised as URL hosts are. Throws a PlanError (request.invalid, naming the setting) for an
 * entry that is not a host: a scheme, port, path or bare `*`.
 */
export const parseWebhookAllow = (setting: string | readonly string[] | undefined, name = "PLAN_WEBHOOK_ALLOW"): readonly string[] => {
  const entries = (typeof setting === "string" ? setting.split(",") : (setting ?? [])).map((s) => s.trim()).filter((s) => s !== "");
  return entries.map((entry) => {
    const bad = (why: string) => new PlanError("request.invalid", `${name}: "${entry}" ${why}`, { field: name, entry });
    const wildcard = entry.startsWith("*.");
    const rest = wildcard ? entry.slice(2) : entry;
    const ip = wildcard ? null : canonicalIp(rest);
    if (ip !== null) return unmapped(ip);
    if (rest === "" || rest.includes("*")) throw bad("is not a host: list host names, *.suffix or IP addresses (a bare * would allow every host)");
    if (/[/?#@:\\\s]/.test(rest)) throw bad("is not a host: give the host name alone, without scheme, port or path");
    let host: string;
    try {
      host = normaliseHost(rest);
    } catch {
      throw bad("is not a host name");
    }
    if (wildcard && canonicalIp(host) !== null) throw bad("is not a host name: *. goes before a domain");
    return wildcard ? `*.${host}` : host;
  });
};

/** Whether a host (normalised: see normaliseHost) is one the allow-list names. */
export const hostAllowed = (host: string, allow: readonly string[]): boolean => {
  const ip = canonicalIp(host);
  if (ip !== null) return allow.includes(unmapped(ip));
  return allow.some((entry) => entry === host || (entry.startsWith("*.") && host.endsWith(entry.slice(1))));
};

// ── The check ─────────────────────────────────────────────────────────────────────────────

/** Resolves a host name to every address it has (the caller's DNS: node:dns lookup on Node). */
export type ResolveHost = (hostname: string) => Promise<readonly string[]>;

/** A webhook address the operator's rules let through. */
export interface CheckedWebhook {
  readonly url: URL;
  /** The host, normalised (see normaliseHost). */
  readonly host: string;
  /** Whether the allow-list names it (so it may be reached over http, and at special addresses). */
  readonly allowed: boolean;
  /** The addresses checked: the IP itself for an IP host, else what `resolve` gave (none without one). */
  readonly addresses: readonly string[];
}

const KIND_LABEL: Record<SpecialKind, string> = {
  unspecified: "an unspecified address",
  loopback: "a loopback address",
  private: "a private address",
  shared: "a shared (CGNAT) address",
  "link-local": "a link-local address",
  "unique-local": "a unique-local address",
  multicast: "a multicast address",
  broadcast: "the broadcast address",
  documentation: "a documentation address",
  benchmark: "a benchmarking address",
  reserved: "a reserved address",
};

const refusal = (message: string, details: Record<string, unknown>) => new PlanError("request.invalid", `webhook: ${message}`, { field: "webhook", ...details });

const bracketed = (host: string): string => (host.includes(":") ? `[${host}]` : host);

/** Refuses a special address a host is or resolves to, unless the allow-list names the host (and the kind can be allowed at all). */
const checkAddress = (host: string, address: string, allowed: boolean): void => {
  const special = specialAddress(address);
  if (special === null || (allowed && !NEVER.has(special.kind))) return;
  const ip = canonicalIp(address) ?? address;
  const subject = host === ip ? bracketed(host) : `${bracketed(host)} resolves to ${bracketed(ip)}, which`;
  const what = special.ipv4 === undefined ? `is ${KIND_LABEL[special.kind]}` : `carries ${special.ipv4}, ${KIND_LABEL[special.kind]}`;
  const remedy = NEVER.has(special.kind) ? "no webhook is sent there" : `refused unless the operator allows the host in ${WEBHOOK_ALLOW_SETTING}`;
  throw refusal(`${subject} ${what} (${special.range}): ${remedy}`, {
    reason: "special-address",
    host,
    address: ip,
    kind: special.kind,
    range: special.range,
    ...(special.ipv4 === undefined ? {} : { ipv4: special.ipv4 }),
  });
};

// The allow-list, an IP host's address and (byName) the loopback names; the scheme is checked last.
const checkHost = (parsed: URL, allow: readonly string[], byName: boolean): CheckedWebhook => {
  const host = normaliseHost(parsed);
  const allowed = allow.length > 0 && hostAllowed(host, allow);
  if (allow.length > 0 && !allowed) throw refusal(`${bracketed(host)} is not among the hosts the operator allows in ${WEBHOOK_ALLOW_SETTING}`, { reason: "not-allowed", host });
  const ip = canonicalIp(host);
  if (ip !== null) {
    checkAddress(host, ip, allowed);
    return { url: parsed, host, allowed, addresses: [ip] };
  }
  if (byName && !allowed && (host === "localhost" || host.endsWith(".localhost"))) {
    throw refusal(`${host} is a loopback name (127.0.0.0/8, ::1): refused unless the operator allows it in ${WEBHOOK_ALLOW_SETTING}`, {
      reason: "special-address",
      host,
      address: host,
      kind: "loopback",
    });
  }
  return { url: parsed, host, allowed, addresses: [] };
};

const checkScheme = (checked: CheckedWebhook): CheckedWebhook => {
  if (checked.url.protocol === "http:" && !checked.allowed) {
    throw refusal(`http: is refused (use https:), unless the operator allows ${bracketed(checked.host)} in ${WEBHOOK_ALLOW_SETTING}`, { reason: "scheme", host: checked.host });
  }
  return checked;
};

/**
 * Checks a webhook address against the operator's rules without resolving its name: the
 * allow-list when there is one, an IP host's address, the names `localhost` and `*.localhost`,
 * and the scheme (https; http only to an allowed host). Throws a PlanError (request.invalid,
 * field "webhook", details naming the host, the address and why) for any it refuses.
 */
export const checkWebhookUrl = (url: string, allow: readonly string[] = []): CheckedWebhook => checkScheme(checkHost(webhookUrl(url), allow, true));

/**
 * Checks the addresses a host name resolved to: throws as checkWebhookUrl does when any of them
 * is special, unless the host is allowed (CheckedWebhook's `allowed`).
 */
export const checkResolvedAddresses = (host: string, addresses: readonly string[], allowed: boolean): void => {
  for (const address of addresses) checkAddress(host, address, allowed);
};

/**
 * Checks a webhook address against the operator's rules, with every address its host name
 * resolves to when a resolver is given (refused if any is special, unless the host is allowed).
 * A name that does not resolve is left to the delivery, which reports why; without a resolver
 * (Workers) a name is checked as checkWebhookUrl does. The check holds for the addresses it saw:
 * the caller should connect only to addresses it has checked (the Node transport checks again in
 * the lookup of the connection itself).
 */
export const guardWebhook = async (url: string, policy: { readonly allow?: readonly string[] | undefined; readonly resolve?: ResolveHost | undefined } = {}): Promise<CheckedWebhook> => {
  const allow = policy.allow ?? [];
  const parsed = webhookUrl(url);
  const checked = checkHost(parsed, allow, policy.resolve === undefined);
  if (checked.addresses.length > 0 || policy.resolve === undefined) return checkScheme(checked);
  let addresses: readonly string[];
  try {
    addresses = await policy.resolve(checked.host);
  } catch {
    // Not resolvable now: each delivery resolves (and checks) again and reports what it met; a
    // loopback name is still refused by name.
    return checkScheme(checkHost(parsed, allow, true));
  }
  checkResolvedAddresses(checked.host, addresses, checked.allowed);
  return checkScheme({ ...checked, addresses });
};
