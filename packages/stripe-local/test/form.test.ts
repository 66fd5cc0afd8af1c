import { describe, expect, it } from 'vitest';
import { encodeForm, parseForm } from '../src/form.ts';
import { StripeError } from '../src/errors.ts';

describe('form encoding with bracket notation', () => {
  it('nests hashes and indexed arrays', () => {
    const body =
      'mode=payment&line_items[0][price_data][currency]=cny&line_items[0][price_data][unit_amount]=12900' +
      '&line_items[0][price_data][product_data][name]=Matcha%20%E6%8A%B9%E8%8C%B6&line_items[0][quantity]=2' +
      '&line_items[1][quantity]=1&metadata[offer]=ofr_1&expand[]=line_items&expand[]=payment_intent';
    expect(parseForm(body)).toEqual({
      mode: 'payment',
      line_items: [
        { price_data: { currency: 'cny', unit_amount: '12900', product_data: { name: 'Matcha 抹茶' } }, quantity: '2' },
        { quantity: '1' },
      ],
      metadata: { offer: 'ofr_1' },
      expand: ['line_items', 'payment_intent'],
    });
  });

  it('accepts percent-encoded brackets, + for spaces, and orders indexes numerically', () => {
    expect(parseForm('a%5B1%5D=y&a%5B0%5D=x&b=hello+world&c=')).toEqual({ a: ['x', 'y'], b: 'hello world', c: '' });
    expect(parseForm('expand[0]=a&expand[10]=c&expand[2]=b')).toEqual({ expand: ['a', 'b', 'c'] });
  });

  it('round-trips what encodeForm writes', () => {
    const data = { a: { b: ['x', { c: 'y' }] }, d: 'e&f=g' };
    expect(parseForm(encodeForm(data))).toEqual(data);
  });

  it('refuses a key used both as a value and as a hash', () => {
    expect(() => parseForm('metadata=x&metadata[a]=b')).toThrow(StripeError);
  });
});
