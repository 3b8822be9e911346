/** Result cards, chips and status lines of the search page's script. */
export const search = {
  typeLocation: 'Location',
  typeProgram: 'Program',
  typeService: 'Service',
  typePage: 'Page',
  call: (phone: string) => `Call ${phone}`,
  directions: 'Directions',
};
