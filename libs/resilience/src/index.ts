export { LastGoodCache, type CachedRead } from './last-good-cache';
export { UpstreamClient, type UpstreamOptions } from './upstream.client';
export { UpstreamServerError, type UpstreamResponse } from './upstream-response';
