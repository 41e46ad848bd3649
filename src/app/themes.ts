import { teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeName } from '../host/host';

/**
 * Fluent's Teams theme for the host's theme name. Light is in the first bundle; dark and
 * high contrast load when a host asks for them, so nobody downloads the two they do not use
 * before the first screen.
 */
export async function loadTheme(name: ThemeName): Promise<Theme> {
  if (name === 'light') return teamsLightTheme;
  const { teamsDarkTheme, teamsHighContrastTheme } = await import('./otherThemes');
  return name === 'dark' ? teamsDarkTheme : teamsHighContrastTheme;
}
