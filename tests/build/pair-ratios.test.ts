import { expect, test } from 'vitest';
import { pairRatios } from '../../scripts/lib/pair-ratios.ts';

test('each site run is compared with the floor run built right after it, and the median is the middle one', () => {
  // Session 7's three runs of each, in order: the fastest of each gives 149.5 / 84.8 = 1.76, while the pairs spread
  // from 1.45 to 1.76.
  const { ratios, median } = pairRatios([163.1, 153.3, 149.5], [96.2, 105.7, 84.8]);
  expect(ratios.map((r) => r.toFixed(3))).toEqual(['1.695', '1.450', '1.763']);
  expect(median.toFixed(3)).toBe('1.695');
});

test('an even number of pairs takes the mean of the middle two', () => {
  expect(pairRatios([10, 30, 20, 40], [10, 10, 10, 10]).median).toBe(2.5);
});

test('runs that do not pair up are refused', () => {
  expect(() => pairRatios([1, 2], [1])).toThrow('as many floor runs as site runs (got 2 and 1)');
  expect(() => pairRatios([], [])).toThrow('got 0 and 0');
});
