import { ContactCache } from './contact-cache';

describe('ContactCache', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => (clock = 0));

  it('looks a new reader up, then answers from memory', async () => {
    const lookUp = jest.fn(async (reader: string) => `${reader}@example`);
    const cache = new ContactCache(lookUp, 1_000, 10, now);

    expect(await cache.addressOf('ada')).toBe('ada@example');
    expect(await cache.addressOf('ada')).toBe('ada@example');
    expect(lookUp).toHaveBeenCalledTimes(1);
  });

  it('answers a stale address at once and refreshes it behind the scenes', async () => {
    let release!: (address: string) => void;
    const lookUp = jest
      .fn()
      .mockResolvedValueOnce('old@example')
      .mockImplementationOnce(() => new Promise<string>((resolve) => (release = resolve)));
    const cache = new ContactCache(lookUp, 1_000, 10, now);
    await cache.addressOf('ada');
    clock = 5_000;

    // The directory is slow now: the known address is answered without waiting for it.
    expect(await cache.addressOf('ada')).toBe('old@example');
    expect(lookUp).toHaveBeenCalledTimes(2);
    release('new@example');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.addressOf('ada')).toBe('new@example');
  });

  it('keeps the address it has when a refresh fails', async () => {
    const lookUp = jest
      .fn()
      .mockResolvedValueOnce('ada@example')
      .mockRejectedValueOnce(new Error('directory timed out'));
    const cache = new ContactCache(lookUp, 1_000, 10, now);
    await cache.addressOf('ada');
    clock = 5_000;

    expect(await cache.addressOf('ada')).toBe('ada@example');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.addressOf('ada')).toBe('ada@example');
  });

  it('fails for a reader it has never seen when the directory fails', async () => {
    const cache = new ContactCache(() => Promise.reject(new Error('timed out')), 1_000, 10, now);

    await expect(cache.addressOf('ada')).rejects.toThrow('timed out');
  });
});
