// The themes besides light, in a chunk of their own (see themes.ts).
export { teamsDarkTheme, teamsHighContrastTheme } from '@fluentui/react-components';
