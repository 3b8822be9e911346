/**
 * The preview server's headers: production's (public/_headers), changed so the Studio can frame it, plus
 * noindex. `frame-ancestors` allows the Studio's origin instead of 'none', and X-Frame-Options (DENY) goes:
 * it has no way to allow one origin, and browsers would let it override the CSP.
 */
export function previewHeaders(
  production: Record<string, string>,
  studioUrl: string | undefined,
): Record<string, string> {
  const headers: Record<string, string> = { ...production, 'x-robots-tag': 'noindex' };
  delete headers['x-frame-options'];
  const ancestors = ["'self'", ...(studioUrl ? [new URL(studioUrl).origin] : [])].join(' ');
  const csp = headers['content-security-policy'];
  if (!csp) throw new Error('The production headers have no Content-Security-Policy to base the preview on.');
  headers['content-security-policy'] = csp
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !directive.startsWith('frame-ancestors'))
    .concat(`frame-ancestors ${ancestors}`)
    .join('; ');
  return headers;
}
