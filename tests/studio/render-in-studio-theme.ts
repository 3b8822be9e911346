import { studioTheme, ThemeProvider } from '@sanity/ui';
import { render } from '@testing-library/react';
import { createElement, type ReactElement } from 'react';

/** Renders a Studio component the way the Studio does: inside Sanity UI's theme. */
export function renderInStudioTheme(element: ReactElement) {
  return render(createElement(ThemeProvider, { theme: studioTheme }, element));
}
