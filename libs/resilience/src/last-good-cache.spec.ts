import { NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { LastGoodCache } from './last-good-cache';

const down = () => Promise.reject(new ServiceUnavailableException('the upstream is down'));

describe('LastGoodCache', () => {
  it('answers fresh data while the upstream answers', async () => {
    const cache = new LastGoodCache();

    const read = await cache.read('/books', async () => ['a']);

    expect(read).toMatchObject({ data: ['a'], stale: false });
  });

  it('answers the last good data, marked stale, when the upstream is unavailable', async () => {
    const cache = new LastGoodCache();
    const fresh = await cache.read('/books', async () => ['a']);

    const stale = await cache.read('/books', down);

    expect(stale).toEqual({ data: ['a'], stale: true, asOf: fresh.asOf });
  });

  it('has nothing to offer for a key it never saw', async () => {
    await expect(new LastGoodCache().read('/books/1', down)).rejects.toThrow(
      ServiceUnavailableException,
    );
  });

  it('passes client errors through instead of hiding them behind the cache', async () => {
    const cache = new LastGoodCache();
    await cache.read('/books/1', async () => 'book');

    await expect(
      cache.read('/books/1', () => Promise.reject(new NotFoundException())),
    ).rejects.toThrow(NotFoundException);
  });

  it('forgets the oldest key past its bound', async () => {
    const cache = new LastGoodCache(2);
    for (const path of ['/1', '/2', '/3']) await cache.read(path, async () => path);

    await expect(cache.read('/1', down)).rejects.toThrow(ServiceUnavailableException);
    await expect(cache.read('/3', down)).resolves.toMatchObject({ data: '/3', stale: true });
  });
});
