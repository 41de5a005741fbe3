import { describe, expect, it } from 'vitest';
import { toVectorLiteral } from './db.js';

describe('toVectorLiteral', () => {
  it('writes each value with at most 7 decimals, zero and non-finite values as 0', () => {
    expect(toVectorLiteral([])).toBe('[]');
    expect(toVectorLiteral([0, -0, 0.5, -0.25, 1 / 3, 6e-8, -4e-8, NaN, Infinity])).toBe('[0,0,0.5,-0.25,0.3333333,1e-7,0,0,0]');
    expect(toVectorLiteral(new Float32Array([0.1, 0]))).toBe(`[${Number(Math.fround(0.1).toFixed(7))},0]`);
  });
  it('matches the plain formula on a sparse 1,536-dim embedding', () => {
    const v = Array.from({ length: 1536 }, (_, i) => (i % 3 ? 0 : Math.sin(i) / 7));
    expect(toVectorLiteral(v)).toBe(`[${v.map((x) => Number(x.toFixed(7))).join(',')}]`);
  });
});

describe('isTransactionPooler', () => {
  it('names the transaction-mode poolers (no prepared statements there) and nothing else', async () => {
    const { isTransactionPooler } = await import('./pg-db.js');
    expect(isTransactionPooler('postgres://postgres.ref:pw@aws-0-eu-west-1.pooler.supabase.com:6543/postgres')).toBe(true);
    expect(isTransactionPooler('postgres://u:pw@pgbouncer.internal:6432/app?pgbouncer=true')).toBe(true);
    expect(isTransactionPooler('postgres://postgres.ref:pw@aws-0-eu-west-1.pooler.supabase.com:5432/postgres')).toBe(false);
    expect(isTransactionPooler('postgres://postgres:pw@127.0.0.1:54321/postgres?sslmode=disable')).toBe(false);
    expect(isTransactionPooler('not a url')).toBe(false);
  });
});
