import { makeStyles } from '@fluentui/react-components';

/** The My data sections' text and buttons: paragraphs without browser margins, buttons their own width. */
export const useMyDataStyles = makeStyles({
  text: { margin: 0 },
  action: { alignSelf: 'flex-start' },
});
