import { freePort, http, LocalSystem, signToken } from '@lib/testing';
import { asCaller } from '../support/gateway';
import { seededBookId, seededStationId, waitForSettled } from '../support/rentals';

/** The gateway is the only public entry: who may call, what, how much and how often. */
describe('gateway security', () => {
  let system: LocalSystem;

  beforeAll(async () => {
    system = await LocalSystem.create({ gateway: true });
    system.add('gateway', 'gateway-limited', await freePort(), { RATE_LIMIT_PER_MINUTE: '5' });
    await system.start();
  });

  afterAll(async () => {
    await system?.stop();
  });

  const books = (headers: Record<string, string> = {}) =>
    http('GET', `${system.url('gateway')}/books`, undefined, headers);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('accepts a valid token and answers with security headers', async () => {
    const response = await books(bearer(signToken('ada')));

    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it.each([
    ['no token', {}],
    ['an expired token', bearer(signToken('ada', { expiresIn: -60 }))],
    ['a token for another audience', bearer(signToken('ada', { audience: 'someone-else' }))],
    ['a token from another issuer', bearer(signToken('ada', { issuer: 'evil' }))],
    ['an unsigned token (alg: none)', bearer(signToken('ada', { algorithm: 'none' }))],
    ['a token signed with another key', bearer(signToken('ada', { secret: 'x'.repeat(40) }))],
    ['a token with an unknown role', bearer(signToken('ada', { role: 'admin' }))],
  ])('refuses %s with 401 problem details', async (_case, headers) => {
    const response = await books(headers as Record<string, string>);

    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it("answers 404 to a reader asking for another reader's rental", async () => {
    const ada = asCaller(system, 'ada');
    const created = await ada('POST', '/rentals', {
      bookId: seededBookId,
      stationId: seededStationId,
    });
    expect(created.status).toBe(202);

    expect((await ada('GET', `/rentals/${created.body.id}`)).status).toBe(200);
    const grace = asCaller(system, 'grace');
    expect((await grace('GET', `/rentals/${created.body.id}`)).status).toBe(404);
    expect((await grace('POST', `/rentals/${created.body.id}/cancel`)).status).toBe(404);
    const operator = asCaller(system, 'olga', { role: 'operator' });
    expect((await operator('GET', `/rentals/${created.body.id}`)).status).toBe(200);
    await waitForSettled(system, created.body.id);
  });

  it('lets only an operator change a station’s capacity', async () => {
    const path = `/stations/${seededStationId}/capacity`;

    const reader = await asCaller(system, 'ada')('POST', path, { capacity: 3 });
    expect(reader.status).toBe(403);
    expect(reader.body.detail).toMatch(/operator/);
    const operator = await asCaller(system, 'olga', { role: 'operator' })('POST', path, {
      capacity: 3,
    });
    expect(operator.status).toBe(200);
    expect(operator.body.capacity).toBe(3);
  });

  it('refuses unknown fields (400) and a body over the limit (413)', async () => {
    const ada = asCaller(system, 'ada');
    const unknown = await ada('POST', '/rentals', {
      bookId: seededBookId,
      stationId: seededStationId,
      readerId: 'someone-else',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual(['property readerId should not exist']);

    const huge = await ada('POST', '/rentals', { padding: 'x'.repeat(20_000) });
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('answers 429 past the rate limit, with Retry-After', async () => {
    const url = `${system.url('gateway-limited')}/books`;
    const headers = bearer(signToken('ada'));
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await http('GET', url, undefined, headers)).status);

    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await http('GET', url, undefined, headers);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ status: 429 });
  });

  it('serves its OpenAPI document, with every public route', async () => {
    const document = (await http('GET', `${system.url('gateway')}/openapi.json`)).body;

    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/books',
        '/books/{id}',
        '/stations',
        '/stations/{id}/capacity',
        '/rentals',
        '/rentals/{id}',
        '/rentals/{id}/pickup',
        '/rentals/{id}/return',
        '/rentals/{id}/cancel',
      ]),
    );
    expect(document.paths['/rentals'].post.security).toEqual([{ bearer: [] }]);
  });
});
