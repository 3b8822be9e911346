/** The 404 page. */
export const notFound = {
  title: 'Page not found',
  description: 'This page does not exist.',
  intro: 'This page does not exist, or it has moved. You can:',
  browsePrograms: 'browse programs',
  browseLocations: 'browse locations',
  browseServices: 'browse services',
  orLast: ', or',
  callAdmissions: 'call admissions at',
};
