/** A service's page. */
export const servicePage = {
  description: (organization: string, service: string) => `Where ${organization} offers ${service}.`,
  alsoCalled: 'Also called:',
  partOf: 'Part of:',
  whereOffered: 'Where it is offered',
  offeredNowhere: (organization: string, service: string) =>
    `${organization} does not offer ${service} at any location.`,
  notOfferedAt: 'Not offered at',
  andMore: (count: number) => `And ${count} more.`,
};
