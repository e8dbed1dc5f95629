import { NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { CatalogCache } from './catalog-cache';

const down = () => Promise.reject(new ServiceUnavailableException('catalog is down'));

describe('CatalogCache', () => {
  it('answers fresh data while catalog answers', async () => {
    const cache = new CatalogCache();

    const read = await cache.read('/books', async () => ['a']);

    expect(read).toMatchObject({ data: ['a'], stale: false });
  });

  it('answers the last good data, marked stale, when catalog is unavailable', async () => {
    const cache = new CatalogCache();
    const fresh = await cache.read('/books', async () => ['a']);

    const stale = await cache.read('/books', down);

    expect(stale).toEqual({ data: ['a'], stale: true, asOf: fresh.asOf });
  });

  it('has nothing to offer for a path it never saw', async () => {
    await expect(new CatalogCache().read('/books/1', down)).rejects.toThrow(
      ServiceUnavailableException,
    );
  });

  it('passes client errors through instead of hiding them behind the cache', async () => {
    const cache = new CatalogCache();
    await cache.read('/books/1', async () => 'book');

    await expect(
      cache.read('/books/1', () => Promise.reject(new NotFoundException())),
    ).rejects.toThrow(NotFoundException);
  });

  it('forgets the oldest path past its bound', async () => {
    const cache = new CatalogCache(2);
    for (const path of ['/1', '/2', '/3']) await cache.read(path, async () => path);

    await expect(cache.read('/1', down)).rejects.toThrow(ServiceUnavailableException);
    await expect(cache.read('/3', down)).resolves.toMatchObject({ data: '/3', stale: true });
  });
});
