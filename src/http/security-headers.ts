/**
 * The security headers, in two sets. Every answer carries those the OWASP REST Security Cheat Sheet
 * asks of an API (a policy that loads nothing and may not be framed, nosniff, HSTS, no referrer, and
 * a resource policy that lets other origins read it, as CORS does). An HTML document (Swagger UI,
 * the pages) carries helmet's whole set instead, with a Content-Security-Policy Swagger UI works under.
 * Set by src/http/safety.ts, and by whatever answers before its hook or outside Fastify.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

const HELMET: HelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Swagger UI sets inline styles on its elements.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      // Helmet's default would make browsers fetch Swagger UI's files over https when the API
      // is served over plain http on any host but loopback (a container on :3000): a blank page.
      upgradeInsecureRequests: null,
    },
  },
  // The API is read by browsers of other origins (CORS is open): let them embed answers.
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  // A public, read-only site without cookies or logins has no window state for an opener policy to
  // guard, and the policy makes every arrival from a new tab start another renderer process, main-thread
  // work a page pays for nothing (docs/PERFORMANCE.md, "Pages").
  crossOriginOpenerPolicy: false,
};

/**
 * The response headers helmet sets with `options`, by running its middleware once against a
 * recording response (@fastify/helmet would rebuild the middleware, and re-parse the policy, on every
 * request).
 */
function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, () => {});
  return headers;
}

/** The headers an HTML document carries (Swagger UI, the pages, their error pages), computed once. */
export const DOCUMENT_HEADERS: Readonly<Record<string, string>> = securityHeaders(HELMET);

/** The headers every answer carries (an HTML document carries helmet's set instead). */
export const API_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'cross-origin',
} as const;

/**
 * What a refusal made before the hooks that set them (src/http/safety.ts), or on the socket, carries:
 * every answer's headers, and CORS's, so a script of another origin reads it as every other refusal.
 */
export const REFUSAL_HEADERS = { ...API_HEADERS, 'access-control-allow-origin': '*' } as const;
