export { has, readJsonLines, readSpans, rootsOf, scrape, total, type Sample } from '@lib/testing';
