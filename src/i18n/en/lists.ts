/** Lists of locations shared by pages, and the "not offered here" lines. */
export const lists = {
  andMore: (count: number) => `And ${count} more locations`,
  searchThem: 'search them',
  /** A location's status in brackets after its name. */
  status: { open: 'open', 'opening-soon': 'opening soon', 'temporarily-closed': 'temporarily closed' },
  nearest: ' — nearest: ',
  call: 'call',
  offeredAt: ' — offered at ',
  offeredNowhere: ' — offered at none of our locations.',
};
