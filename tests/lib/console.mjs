// The console's API as the edge suites drive it: JSON requests, and a person invited by
// the store's admin token who accepts the invite and is signed in.
import assert from 'node:assert/strict';

/** A POST of `body` as JSON, with `headers`. */
export const json = (body, headers = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** Invites `profile` to `store` (the demo store unless told) with `admin`'s token and
 * accepts with `password`: the session cookie and its CSRF token. */
export async function signIn(edge, admin, profile, password, store = 'demo') {
  const invited = await edge.fetch(`/v1/console/${store}/invites`, json(profile, { authorization: `Bearer ${admin}` }));
  const { invite_url } = await invited.json();
  const res = await edge.fetch(`/v1/console/${store}/invites/accept`, json({ token: invite_url.split('/').at(-1), password }));
  assert.equal(res.status, 201);
  return { cookie: res.headers.get('set-cookie').split(';')[0], csrf: (await res.json()).csrf };
}
