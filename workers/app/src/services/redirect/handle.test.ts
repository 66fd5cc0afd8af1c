import { describe, expect, it } from 'vitest';
import { linkPathStart } from './handle';

describe('linkPathStart', () => {
  it('finds /l/ as the first segment of the path, whatever the scheme, host and port', () => {
    for (const url of ['https://xuanpin.example/l/0rLC5uPzlL', 'http://127.0.0.1:8787/l/0rLC5uPzlL?utm_source=live', 'http://[::1]:8787/l/']) {
      expect(linkPathStart(url), url).toBeGreaterThan(0);
    }
  });

  it('gives where the path starts, for the redirect to read the code from there', () => {
    expect(linkPathStart('https://xuanpin.example/l/0rLC5uPzlL')).toBe(23);
    expect(linkPathStart('http://127.0.0.1:8787/l/0rLC5uPzlL?utm_source=live')).toBe(21);
    expect(linkPathStart('https://xuanpin.example/p/0rLC5uPzlL')).toBe(-1);
  });

  it('answers -1 for every other path, including ones that only look alike', () => {
    for (const url of [
      'https://xuanpin.example/',
      'https://xuanpin.example/l',
      'https://xuanpin.example/lx/0rLC5uPzlL',
      'https://xuanpin.example/p/0rLC5uPzlL',
      'https://xuanpin.example/v1/l/0rLC5uPzlL',
      'https://l.example/x/l/',
      'https://xuanpin.example',
    ]) {
      expect(linkPathStart(url), url).toBe(-1);
    }
  });
});
