import { createHmac, timingSafeEqual } from 'node:crypto';

/** The cookie that `/?secret=<secret>` sets, so a browser (or the Studio's frame) needs the secret only once. */
export const PREVIEW_COOKIE = 'directory-preview';

export interface PreviewRequest {
  /** Path and query, as in the request line. */
  url: string;
  authorization?: string | undefined;
  cookie?: string | undefined;
  /** Whether the browser reached the preview over https (directly or through a proxy). */
  https: boolean;
}

export type Access =
  | { kind: 'allow' }
  /** The right secret in the URL: set the cookie and send the browser to the same URL without it. */
  | { kind: 'grant'; location: string; setCookie: string }
  | { kind: 'deny' };

/** The cookie holds a digest of the secret, never the secret itself. */
const cookieValue = (secret: string) => createHmac('sha256', secret).update(PREVIEW_COOKIE).digest('base64url');

/** Compares in constant time, so response timing says nothing about how much of a guess was right. */
function same(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieFrom(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * Decides whether a request may see the preview: `Authorization: Bearer <secret>`, the preview cookie, or the
 * secret in `?secret=` (which grants the cookie). Anything else is denied.
 */
export function previewAccess(request: PreviewRequest, secret: string): Access {
  const bearer = /^Bearer (.+)$/.exec(request.authorization ?? '')?.[1];
  if (bearer !== undefined && same(bearer, secret)) return { kind: 'allow' };
  const cookie = cookieFrom(request.cookie, PREVIEW_COOKIE);
  if (cookie !== undefined && same(cookie, cookieValue(secret))) return { kind: 'allow' };
  const url = new URL(request.url, 'http://preview.invalid');
  const given = url.searchParams.get('secret');
  if (given === null || !same(given, secret)) return { kind: 'deny' };
  url.searchParams.delete('secret');
  // The Studio frames the preview from another site: only SameSite=None cookies go with such requests, and
  // browsers accept those only with Secure, which needs https.
  const sameSite = request.https ? 'SameSite=None; Secure' : 'SameSite=Lax';
  return {
    kind: 'grant',
    location: url.pathname + url.search,
    setCookie: `${PREVIEW_COOKIE}=${cookieValue(secret)}; Path=/; HttpOnly; ${sameSite}`,
  };
}
