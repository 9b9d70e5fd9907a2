import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

export type Trust = (address: string, hop: number) => boolean;

/**
 * Which hops may tell us the client's address: the proxies the operator declared in
 * TRUSTED_PROXIES (addresses or CIDR ranges, comma-separated; `loopback`, `linklocal`
 * and `uniquelocal` name the usual ranges). None by default: then X-Forwarded-For is
 * never believed and the address is the connection's.
 */
export function trustedProxies(list: string | undefined): Trust {
  const entries = (list ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return proxyaddr.compile(entries);
}

/**
 * The client's address: the connection's own, or, when the connection comes from a
 * trusted proxy, the X-Forwarded-For entry read from the right, skipping trusted hops.
 */
export function clientAddressOf(request: Pick<IncomingMessage, "headers" | "socket">, trust: Trust): string {
  return proxyaddr(request as IncomingMessage, trust);
}

/**
 * Puts the request's forwarding headers in the state the app may trust: X-Forwarded-For
 * becomes the client's address alone, and the Host and protocol a client claims through
 * X-Forwarded-Host and -Proto are dropped unless the connection comes from a trusted
 * proxy (Next then fills them in from the connection itself).
 */
export function settleForwardedHeaders(request: Pick<IncomingMessage, "headers" | "socket">, trust: Trust): void {
  const fromProxy = trust(request.socket.remoteAddress ?? "", 0);
  request.headers["x-forwarded-for"] = clientAddressOf(request, trust);
  if (fromProxy) return;
  for (const name of ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"]) delete request.headers[name];
}
