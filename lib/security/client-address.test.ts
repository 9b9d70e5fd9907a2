import { describe, expect, it } from "vitest";
import { clientAddressOf, settleForwardedHeaders, trustedProxies } from "./client-address";

const from = (remoteAddress: string, forwardedFor?: string) => ({
  socket: { remoteAddress } as never,
  headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
});

describe("the client's address", () => {
  it("is the connection's when no proxy is declared, whatever X-Forwarded-For says", () => {
    const none = trustedProxies(undefined);
    expect(clientAddressOf(from("198.51.100.7", "203.0.113.5"), none)).toBe("198.51.100.7");
    expect(clientAddressOf(from("127.0.0.1", "203.0.113.5, 203.0.113.6"), none)).toBe("127.0.0.1");
    expect(clientAddressOf(from("198.51.100.7"), none)).toBe("198.51.100.7");
  });

  it("comes from X-Forwarded-For, read from the right past trusted hops, only through a declared proxy", () => {
    const trust = trustedProxies("127.0.0.1, 10.0.0.0/8");
    // the proxy on loopback forwards for 203.0.113.5
    expect(clientAddressOf(from("127.0.0.1", "203.0.113.5"), trust)).toBe("203.0.113.5");
    // a client's own forged entry on the left does not count: the nearest untrusted hop does
    expect(clientAddressOf(from("127.0.0.1", "192.0.2.66, 203.0.113.5, 10.1.2.3"), trust)).toBe("203.0.113.5");
    // a connection from anywhere else is the client itself
    expect(clientAddressOf(from("198.51.100.7", "203.0.113.5"), trust)).toBe("198.51.100.7");
  });

  it("takes the usual range names", () => {
    expect(clientAddressOf(from("::1", "2001:db8::1"), trustedProxies("loopback"))).toBe("2001:db8::1");
    expect(() => trustedProxies("not-an-address")).toThrow();
  });
});

describe("the forwarding headers the app reads", () => {
  const request = (remoteAddress: string) => ({
    socket: { remoteAddress } as never,
    headers: {
      "x-forwarded-for": "192.0.2.66",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      host: "parallax.test",
    } as Record<string, string | undefined>,
  });

  it("keep only the connection's truth when no trusted proxy sent them", () => {
    const direct = request("198.51.100.7");
    settleForwardedHeaders(direct, trustedProxies(undefined));
    expect(direct.headers).toEqual({ "x-forwarded-for": "198.51.100.7", host: "parallax.test" });
  });

  it("are believed from a trusted proxy", () => {
    const proxied = request("127.0.0.1");
    settleForwardedHeaders(proxied, trustedProxies("loopback"));
    expect(proxied.headers).toEqual({
      "x-forwarded-for": "192.0.2.66",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      host: "parallax.test",
    });
  });
});
