import { expect, test } from 'vitest';
import { notOfferedCount } from '../../src/domain/not-offered.ts';

const items = (programs: number, services: number) => [
  ...Array.from({ length: programs }, () => ({ kind: 'program' as const })),
  ...Array.from({ length: services }, () => ({ kind: 'service' as const })),
];

test('the not-offered count names programs and services, singular or plural', () => {
  expect(notOfferedCount(items(0, 1))).toBe('1 service');
  expect(notOfferedCount(items(0, 4))).toBe('4 services');
  expect(notOfferedCount(items(1, 0))).toBe('1 program');
  expect(notOfferedCount(items(2, 3))).toBe('2 programs and 3 services');
  expect(notOfferedCount(items(1, 1))).toBe('1 program and 1 service');
});
