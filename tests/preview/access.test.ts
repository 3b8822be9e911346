import { describe, expect, test } from 'vitest';
import { PREVIEW_COOKIE, previewAccess, type PreviewRequest } from '../../src/preview/access.ts';

const SECRET = 'correct-horse-battery';
const access = (request: Partial<PreviewRequest>) => previewAccess({ url: '/', https: false, ...request }, SECRET);

/** The cookie a grant sets, as the browser sends it back. */
const grantedCookie = (https: boolean) => {
  const grant = access({ url: `/?secret=${SECRET}`, https });
  if (grant.kind !== 'grant') throw new Error(`expected a grant, got ${grant.kind}`);
  return grant.setCookie.split(';')[0]!;
};

describe('who may see the draft preview', () => {
  test('the secret as a bearer token is let in; a wrong or missing one is not', () => {
    expect(access({ authorization: `Bearer ${SECRET}` })).toEqual({ kind: 'allow' });
    expect(access({ authorization: `Bearer ${SECRET}x` })).toEqual({ kind: 'deny' });
    expect(access({ authorization: SECRET })).toEqual({ kind: 'deny' });
    expect(access({})).toEqual({ kind: 'deny' });
  });

  test('?secret= sets an HttpOnly cookie and sends the browser on without the secret in the URL', () => {
    const grant = access({ url: `/programs/detox/?secret=${SECRET}&x=1` });
    expect(grant).toMatchObject({ kind: 'grant', location: '/programs/detox/?x=1' });
    if (grant.kind !== 'grant') return;
    expect(grant.setCookie).toMatch(new RegExp(`^${PREVIEW_COOKIE}=[\\w-]+; Path=/; HttpOnly; SameSite=Lax$`));
    expect(grant.setCookie, 'the cookie never holds the secret itself').not.toContain(SECRET);
    expect(access({ url: '/?secret=wrong' })).toEqual({ kind: 'deny' });
  });

  test('over https the cookie is SameSite=None and Secure, so it goes along inside the Studio’s frame', () => {
    expect(access({ url: `/?secret=${SECRET}`, https: true })).toMatchObject({
      setCookie: expect.stringMatching(/; HttpOnly; SameSite=None; Secure$/),
    });
  });

  test('the granted cookie lets the browser in; any other value does not', () => {
    expect(access({ cookie: `a=b; ${grantedCookie(false)}` })).toEqual({ kind: 'allow' });
    expect(access({ cookie: grantedCookie(true) })).toEqual({ kind: 'allow' });
    expect(access({ cookie: `${PREVIEW_COOKIE}=${SECRET}` })).toEqual({ kind: 'deny' });
    expect(previewAccess({ url: '/', https: false, cookie: grantedCookie(false) }, 'another-secret')).toEqual({
      kind: 'deny',
    });
  });
});
