import { makeStyles, tokens } from '@fluentui/react-components';

// Fluent's 16px calendar outline, used as a mask so it takes a token colour.
const CALENDAR_ICON =
  "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M4.5 2A2.5 2.5 0 0 0 2 4.5v7A2.5 2.5 0 0 0 4.5 14h7a2.5 2.5 0 0 0 2.5-2.5v-7A2.5 2.5 0 0 0 11.5 2h-7ZM3 6h10v5.5c0 .83-.67 1.5-1.5 1.5h-7A1.5 1.5 0 0 1 3 11.5V6Zm1.5-3h7c.83 0 1.5.67 1.5 1.5V5H3v-.5C3 3.67 3.67 3 4.5 3Z'/%3E%3C/svg%3E\")";

/**
 * For `<input type="date">`: the browser draws its calendar button for the page's
 * color-scheme, not the Teams theme, so it vanishes in dark and high contrast. This
 * redraws it in a theme token's colour.
 */
export const useDateInputStyles = makeStyles({
  input: {
    '::-webkit-calendar-picker-indicator': {
      cursor: 'pointer',
      backgroundImage: 'none',
      backgroundColor: tokens.colorNeutralForeground2,
      maskImage: CALENDAR_ICON,
      maskRepeat: 'no-repeat',
      maskPosition: 'center',
      maskSize: '16px 16px',
    },
  },
});
