import { describe, expect, it } from 'vitest';
import { formatPercent, percentOf, sharesWithLargestRemainder } from './percentages.js';

/** Sum in hundredths, so float noise cannot hide a 0.01 error. */
const hundredths = (shares: number[]) => shares.reduce((n, s) => n + Math.round(s * 100), 0);

describe('sharesWithLargestRemainder', () => {
  it('reproduces the Taiyuan source shares over the 694 received', () => {
    expect(sharesWithLargestRemainder([542, 152], 694)).toEqual([78.1, 21.9]);
  });

  it('reproduces the Taiyuan category shares over the 646 registered', () => {
    const shares = sharesWithLargestRemainder([203, 13, 106, 295, 29], 646);
    expect(shares).toEqual([31.42, 2.01, 16.41, 45.67, 4.49]);
    expect(hundredths(shares)).toBe(10_000);
  });

  it('tops up three thirds that plain rounding would print as 99.99%', () => {
    const shares = sharesWithLargestRemainder([1, 1, 1], 3);
    expect(shares).toEqual([33.34, 33.33, 33.33]);
    expect(hundredths(shares)).toBe(10_000);
  });

  it('trims shares that plain rounding would print as 100.01%', () => {
    // Plainly: 16.67 + 16.67 + 66.67 = 100.01. All remainders tie, so the larger count keeps
    // its rounding up, then the earlier position.
    const shares = sharesWithLargestRemainder([1, 1, 4], 6);
    expect(shares).toEqual([16.67, 16.66, 66.67]);
    expect(hundredths(shares)).toBe(10_000);
  });

  it('gives the unit to the largest remainder, not to the first item', () => {
    // 1/7 = 14.2857…, 2/7 = 28.5714…, 4/7 = 57.1428…: plainly 14.29 + 28.57 + 57.14 = 100.00,
    // so nothing moves. 1,1,1,1,1,1,1 of 7 plainly gives 7 × 14.29 = 100.03: three units go back.
    expect(sharesWithLargestRemainder([1, 2, 4], 7)).toEqual([14.29, 28.57, 57.14]);
    const sevenths = sharesWithLargestRemainder([1, 1, 1, 1, 1, 1, 1], 7);
    expect(hundredths(sevenths)).toBe(10_000);
    expect(sevenths.filter((s) => s === 14.29)).toHaveLength(4);
    expect(sevenths.filter((s) => s === 14.28)).toHaveLength(3);
  });

  it('rounds each share on its own when the counts are not the whole', () => {
    // Three of three hundred registered proposals in one area, the rest not listed.
    expect(sharesWithLargestRemainder([1, 1], 3)).toEqual([33.33, 33.33]);
  });

  it('gives zeros when nothing was counted', () => {
    expect(sharesWithLargestRemainder([0, 0, 0], 0)).toEqual([0, 0, 0]);
  });

  it('honours other precisions', () => {
    expect(sharesWithLargestRemainder([1, 1, 1], 3, 1)).toEqual([33.4, 33.3, 33.3]);
    expect(sharesWithLargestRemainder([1, 1], 2, 0)).toEqual([50, 50]);
  });

  it('refuses counts that are not whole numbers', () => {
    expect(() => sharesWithLargestRemainder([1.5], 3)).toThrow(RangeError);
    expect(() => sharesWithLargestRemainder([-1, 4], 3)).toThrow(RangeError);
  });
});

describe('percentOf and formatPercent', () => {
  it('rounds half up and names no share of an empty base', () => {
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(1, 80_000)).toBe(0);
    expect(percentOf(1, 20_000)).toBe(0.01); // exactly 0.005% rounds up
    expect(percentOf(0, 0)).toBeNull();
  });

  it('prints the two decimals the reports print', () => {
    expect(formatPercent(78.1)).toBe('78.10%');
    expect(formatPercent(100)).toBe('100.00%');
    expect(formatPercent(2.01)).toBe('2.01%');
  });
});
