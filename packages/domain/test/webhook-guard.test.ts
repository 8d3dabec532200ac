// Where a webhook may go: the classifier of special addresses (IPv4 and IPv6 ranges, every
// spelling the WHATWG URL parser accepts), the operator's allow-list, and the check of an address
// before and after its name is resolved. Pure: the resolver is a function given here.
import { describe, expect, it } from "vitest";
import { checkResolvedAddresses, checkWebhookUrl, guardWebhook, PlanError, parseWebhookAllow } from "../src/index.js";
import { canonicalIp, hostAllowed, isSpecialAddress, normaliseHost, specialAddress } from "../src/webhook/guard.js";

// The seven spellings of loopback that were all delivered before.
const LOOPBACK_SPELLINGS = ["2130706433", "0x7f000001", "127.1", "0177.0.0.1", "[::1]", "[::ffff:127.0.0.1]", "localhost"];

const refusal = (work: () => unknown): PlanError => {
  try {
    work();
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
  throw new Error("not refused");
};

describe("the WHATWG URL parser, which every host goes through first", () => {
  it("writes every IPv4 spelling as dotted decimal and IPv6 compressed", () => {
    const hosts = ["2130706433", "0x7f000001", "127.1", "0177.0.0.1", "0x7f.1", "017700000001", "127.0.0.1.", "[::ffff:127.0.0.1]", "[0:0:0:0:0:ffff:7f00:1]", "[::1]"].map(
      (h) => new URL(`https://${h}/x`).hostname,
    );
    expect(hosts).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1", "127.0.0.1", "127.0.0.1", "127.0.0.1", "127.0.0.1", "[::ffff:7f00:1]", "[::ffff:7f00:1]", "[::1]"]);
  });

  it("is what canonicalIp and normaliseHost give, without brackets or a trailing dot", () => {
    expect(["2130706433", "0x7f000001", "127.1", "0177.0.0.1"].map(canonicalIp)).toEqual(Array(4).fill("127.0.0.1"));
    expect(canonicalIp("[::ffff:127.0.0.1]")).toBe("::ffff:7f00:1");
    expect(canonicalIp("fe80::1%eth0")).toBe("fe80::1");
    expect(canonicalIp("example.com")).toBeNull();
    expect(canonicalIp("deadbeef")).toBeNull();
    expect(canonicalIp("0xdeadbeef")).toBe("222.173.190.239");
    expect(normaliseHost("https://LOCALHOST./x")).toBe("localhost");
    expect(normaliseHost("https://[::FFFF:127.0.0.1]:8443/x")).toBe("::ffff:7f00:1");
    expect(normaliseHost("例子.中国")).toBe("xn--fsqu00a.xn--fiqs8s");
  });
});

describe("isSpecialAddress / specialAddress", () => {
  it("knows the IPv4 special ranges", () => {
    const kinds: [string, string, string][] = [
      ["0.0.0.0", "unspecified", "0.0.0.0/8"],
      ["0.1.2.3", "unspecified", "0.0.0.0/8"],
      ["10.1.2.3", "private", "10.0.0.0/8"],
      ["100.64.0.1", "shared", "100.64.0.0/10"],
      ["100.127.255.254", "shared", "100.64.0.0/10"],
      ["127.0.0.1", "loopback", "127.0.0.0/8"],
      ["127.255.255.254", "loopback", "127.0.0.0/8"],
      ["169.254.169.254", "link-local", "169.254.0.0/16"],
      ["172.16.0.1", "private", "172.16.0.0/12"],
      ["172.31.255.255", "private", "172.16.0.0/12"],
      ["192.0.0.8", "reserved", "192.0.0.0/24"],
      ["192.0.2.10", "documentation", "192.0.2.0/24"],
      ["192.168.1.1", "private", "192.168.0.0/16"],
      ["198.18.0.1", "benchmark", "198.18.0.0/15"],
      ["198.19.255.255", "benchmark", "198.18.0.0/15"],
      ["198.51.100.7", "documentation", "198.51.100.0/24"],
      ["203.0.113.9", "documentation", "203.0.113.0/24"],
      ["224.0.0.1", "multicast", "224.0.0.0/4"],
      ["239.255.255.250", "multicast", "224.0.0.0/4"],
      ["240.0.0.1", "reserved", "240.0.0.0/4"],
      ["255.255.255.255", "broadcast", "255.255.255.255/32"],
    ];
    for (const [ip, kind, range] of kinds) expect(specialAddress(ip), ip).toEqual({ kind, range });
  });

  it("lets public IPv4 addresses through, next to the edges of the ranges", () => {
    for (const ip of [
      "8.8.8.8",
      "1.1.1.1",
      "9.255.255.255",
      "11.0.0.0",
      "100.63.255.255",
      "100.128.0.0",
      "126.255.255.255",
      "128.0.0.0",
      "169.253.255.255",
      "172.15.255.255",
      "172.32.0.0",
      "192.167.255.255",
      "192.169.0.0",
      "198.17.255.255",
      "198.20.0.0",
      "223.255.255.255",
    ]) {
      expect(specialAddress(ip), ip).toBeNull();
      expect(isSpecialAddress(ip)).toBe(false);
    }
  });

  it("knows the IPv6 special ranges", () => {
    const kinds: [string, string][] = [
      ["::", "unspecified"],
      ["::1", "loopback"],
      ["fe80::1", "link-local"],
      ["febf:ffff::1", "link-local"],
      ["fc00::1", "unique-local"],
      ["fd12:3456:789a::1", "unique-local"],
      ["fec0::1", "private"],
      ["ff02::1", "multicast"],
      ["2001:db8::1", "documentation"],
      ["3fff::1", "documentation"],
      ["2001::1", "reserved"],
      ["100::1", "reserved"],
      ["64:ff9b:1::1", "private"],
      ["4000::1", "reserved"],
      ["::808:808", "reserved"],
    ];
    for (const [ip, kind] of kinds) expect(specialAddress(ip)?.kind, ip).toBe(kind);
    for (const ip of ["2606:4700:4700::1111", "2400:3200::1", "2a00:1450:4001::200e", "2002:808:808::1", "64:ff9b::808:808", "::ffff:8.8.8.8"]) expect(specialAddress(ip), ip).toBeNull();
  });

  it("sees the IPv4 address inside IPv4-mapped, -compatible, NAT64 and 6to4 addresses", () => {
    expect(specialAddress("::ffff:127.0.0.1")).toEqual({ kind: "loopback", range: "127.0.0.0/8", ipv4: "127.0.0.1" });
    expect(specialAddress("[::ffff:7f00:1]")).toEqual({ kind: "loopback", range: "127.0.0.0/8", ipv4: "127.0.0.1" });
    expect(specialAddress("::ffff:10.0.0.1")).toMatchObject({ kind: "private", ipv4: "10.0.0.1" });
    expect(specialAddress("::ffff:169.254.169.254")).toMatchObject({ kind: "link-local", ipv4: "169.254.169.254" });
    expect(specialAddress("::127.0.0.1")).toMatchObject({ kind: "loopback", ipv4: "127.0.0.1" });
    expect(specialAddress("64:ff9b::192.168.0.1")).toMatchObject({ kind: "private", ipv4: "192.168.0.1" });
    expect(specialAddress("2002:7f00:1::1")).toMatchObject({ kind: "loopback", ipv4: "127.0.0.1" });
    expect(specialAddress("2002:a9fe:a9fe::")).toMatchObject({ kind: "link-local", ipv4: "169.254.169.254" });
  });

  it("classifies every spelling of loopback as loopback", () => {
    for (const spelling of LOOPBACK_SPELLINGS.filter((s) => s !== "localhost")) expect(specialAddress(spelling)?.kind, spelling).toBe("loopback");
    for (const spelling of ["0x7f.1", "017700000001", "0x7f.0.0.1", "127.0.0.1.", "[0:0:0:0:0:ffff:127.0.0.1]", "[0000::1]"]) expect(specialAddress(spelling)?.kind, spelling).toBe("loopback");
    expect(specialAddress("0")).toMatchObject({ kind: "unspecified" });
    expect(specialAddress("0x0a000001")).toMatchObject({ kind: "private" });
  });

  it("says nothing of a host name: that is for its addresses", () => {
    expect(specialAddress("example.com")).toBeNull();
    expect(specialAddress("localhost")).toBeNull();
  });
});

describe("the operator's allow-list", () => {
  it("reads names, *.suffix and IP addresses in any spelling, normalised as URL hosts are", () => {
    expect(parseWebhookAllow(" oapi.dingtalk.com, *.Feishu.CN., 127.1, [::1], ::ffff:10.0.0.5 ,例子.中国,")).toEqual([
      "oapi.dingtalk.com",
      "*.feishu.cn",
      "127.0.0.1",
      "::1",
      "10.0.0.5",
      "xn--fsqu00a.xn--fiqs8s",
    ]);
    expect(parseWebhookAllow(undefined)).toEqual([]);
    expect(parseWebhookAllow("")).toEqual([]);
  });

  it("refuses an entry that is not a host, naming the setting", () => {
    for (const entry of ["*", "https://oapi.dingtalk.com", "example.com:443", "example.com/robot", "10.0.0.0/8", "*.10.0.0.1"]) {
      const error = refusal(() => parseWebhookAllow(`example.org,${entry}`, "WEBHOOK_ALLOW"));
      expect(error.code).toBe("request.invalid");
      expect(error.message).toMatch(/^WEBHOOK_ALLOW: "/);
      expect(error.details).toMatchObject({ field: "WEBHOOK_ALLOW", entry });
    }
  });

  it("matches a host exactly, a suffix's names below it, and an IP address in either IPv4 form", () => {
    const allow = parseWebhookAllow("oapi.dingtalk.com,*.feishu.cn,127.0.0.1");
    expect(hostAllowed("oapi.dingtalk.com", allow)).toBe(true);
    expect(hostAllowed("dingtalk.com", allow)).toBe(false);
    expect(hostAllowed("oapi.dingtalk.com.evil.example", allow)).toBe(false);
    expect(hostAllowed("open.feishu.cn", allow)).toBe(true);
    expect(hostAllowed("a.b.feishu.cn", allow)).toBe(true);
    expect(hostAllowed("feishu.cn", allow)).toBe(false);
    expect(hostAllowed("evilfeishu.cn", allow)).toBe(false);
    expect(hostAllowed("127.0.0.1", allow)).toBe(true);
    expect(hostAllowed("::ffff:7f00:1", allow)).toBe(true);
    expect(hostAllowed("127.0.0.2", allow)).toBe(false);
  });
});

describe("checkWebhookUrl", () => {
  it("refuses every spelling of loopback by default, naming the address", () => {
    for (const spelling of LOOPBACK_SPELLINGS) {
      const error = refusal(() => checkWebhookUrl(`https://${spelling}:8443/hook`));
      expect(error.code, spelling).toBe("request.invalid");
      expect(error.details, spelling).toMatchObject({ field: "webhook", reason: "special-address", kind: "loopback" });
    }
    expect(refusal(() => checkWebhookUrl("https://2130706433/x")).message).toBe(
      "webhook: 127.0.0.1 is a loopback address (127.0.0.0/8): refused unless the operator allows the host in PLAN_WEBHOOK_ALLOW (WEBHOOK_ALLOW on Workers)",
    );
    expect(refusal(() => checkWebhookUrl("https://[::ffff:127.0.0.1]/x")).message).toMatch(/^webhook: \[::ffff:7f00:1\] carries 127\.0\.0\.1, a loopback address \(127\.0\.0\.0\/8\)/);
    expect(refusal(() => checkWebhookUrl("https://[::1]/x")).message).toMatch(/^webhook: \[::1\] is a loopback address \(::1\/128\)/);
    expect(refusal(() => checkWebhookUrl("https://sub.localhost/x")).details).toMatchObject({ host: "sub.localhost", kind: "loopback" });
  });

  it("refuses the cloud metadata address, private networks and the rest by default", () => {
    for (const host of ["169.254.169.254", "10.0.0.1", "192.168.1.1", "172.16.0.1", "100.64.0.1", "[fd00::1]", "[fe80::1]", "0", "[::]", "224.0.0.1", "255.255.255.255", "192.0.2.1", "198.18.0.1"]) {
      expect(refusal(() => checkWebhookUrl(`https://${host}/x`)).details, host).toMatchObject({ reason: "special-address" });
    }
  });

  it("allows https to any other host, and http only to a host the operator allows", () => {
    expect(checkWebhookUrl("https://oapi.dingtalk.com/robot/send?access_token=x")).toMatchObject({ host: "oapi.dingtalk.com", allowed: false, addresses: [] });
    expect(checkWebhookUrl("https://8.8.8.8/x")).toMatchObject({ host: "8.8.8.8", addresses: ["8.8.8.8"] });
    expect(refusal(() => checkWebhookUrl("http://oapi.dingtalk.com/robot/send")).details).toMatchObject({ reason: "scheme", host: "oapi.dingtalk.com" });
    expect(checkWebhookUrl("http://hooks.office.internal/x", parseWebhookAllow("hooks.office.internal"))).toMatchObject({ allowed: true });
    expect(refusal(() => checkWebhookUrl("ftp://example.org/x")).message).toMatch(/ftp: is not http: or https:/);
  });

  it("with an allow-list, sends only to the hosts it names, which may then be special", () => {
    const allow = parseWebhookAllow("127.0.0.1,::1,localhost,*.feishu.cn");
    for (const spelling of LOOPBACK_SPELLINGS) expect(checkWebhookUrl(`http://${spelling}:8080/hook`, allow).allowed, spelling).toBe(true);
    expect(checkWebhookUrl("https://open.feishu.cn/x", allow).allowed).toBe(true);
    expect(refusal(() => checkWebhookUrl("https://oapi.dingtalk.com/x", allow)).details).toMatchObject({ reason: "not-allowed", host: "oapi.dingtalk.com" });
    expect(refusal(() => checkWebhookUrl("http://127.0.0.2/x", allow)).details).toMatchObject({ reason: "not-allowed", host: "127.0.0.2" });
  });

  it("never sends to an unspecified, multicast or broadcast address, even allowed", () => {
    for (const host of ["0.0.0.0", "224.0.0.1", "255.255.255.255"]) {
      expect(refusal(() => checkWebhookUrl(`http://${host}/x`, [host])).message, host).toMatch(/no webhook is sent there$/);
    }
  });
});

describe("guardWebhook and checkResolvedAddresses: a name by its addresses", () => {
  const resolving =
    (table: Record<string, readonly string[]>) =>
    async (host: string): Promise<readonly string[]> => {
      const found = table[host];
      if (found === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
      return found;
    };
  const resolve = resolving({ localhost: ["127.0.0.1", "::1"], "hooks.example": ["93.184.215.14"], "rebind.example": ["93.184.215.14", "::ffff:169.254.169.254"], "intranet.example": ["10.1.2.3"] });

  it("refuses a name when any of its addresses is special, naming it", async () => {
    const localhost = await guardWebhook("https://localhost:8443/x", { resolve }).catch((e: PlanError) => e);
    expect(localhost).toBeInstanceOf(PlanError);
    expect((localhost as PlanError).message).toMatch(/^webhook: localhost resolves to 127\.0\.0\.1, which is a loopback address \(127\.0\.0\.0\/8\)/);
    expect((localhost as PlanError).details).toMatchObject({ field: "webhook", host: "localhost", address: "127.0.0.1", kind: "loopback" });
    const mixed = (await guardWebhook("https://rebind.example/x", { resolve }).catch((e: PlanError) => e)) as PlanError;
    expect(mixed.details).toMatchObject({ address: "::ffff:a9fe:a9fe", ipv4: "169.254.169.254", kind: "link-local" });
  });

  it("passes a name whose addresses are all public, and one the operator allows", async () => {
    expect(await guardWebhook("https://hooks.example/x", { resolve })).toMatchObject({ host: "hooks.example", addresses: ["93.184.215.14"] });
    expect(await guardWebhook("https://intranet.example/x", { resolve, allow: ["intranet.example"] })).toMatchObject({ allowed: true, addresses: ["10.1.2.3"] });
    expect(await guardWebhook("http://localhost:8080/x", { resolve, allow: ["localhost"] })).toMatchObject({ allowed: true, addresses: ["127.0.0.1", "::1"] });
  });

  it("leaves a name that does not resolve to the delivery, but still refuses localhost by name", async () => {
    expect(await guardWebhook("https://nowhere.example/x", { resolve })).toMatchObject({ addresses: [] });
    await expect(guardWebhook("https://db.localhost/x", { resolve })).rejects.toThrow(/db\.localhost is a loopback name/);
  });

  it("without a resolver (Workers), refuses IP addresses and localhost, and passes names", async () => {
    await expect(guardWebhook("https://0x7f000001/x")).rejects.toThrow(/127\.0\.0\.1 is a loopback address/);
    await expect(guardWebhook("https://localhost/x")).rejects.toThrow(/localhost is a loopback name/);
    expect(await guardWebhook("https://rebind.example/x")).toMatchObject({ addresses: [] });
  });

  it("checkResolvedAddresses is the same check, for a connection's own lookup", () => {
    expect(() => checkResolvedAddresses("hooks.example", ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"], false)).not.toThrow();
    expect(() => checkResolvedAddresses("hooks.example", ["93.184.215.14", "10.0.0.7"], false)).toThrow(/hooks\.example resolves to 10\.0\.0\.7, which is a private address/);
    expect(() => checkResolvedAddresses("hooks.example", ["10.0.0.7"], true)).not.toThrow();
    expect(() => checkResolvedAddresses("hooks.example", ["0.0.0.0"], true)).toThrow(/no webhook is sent there/);
  });
});
