import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/**
 * Fluent-looking styles for native `<label>`, `<select>` and `<input>` on the first screen
 * (filters). Fluent's Select, Input and Field would add ~10 KB gzipped to the first bundle;
 * the forms, which load later, use them.
 */
export const useNativeControlStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: { ...typographyStyles.body1, color: tokens.colorNeutralForeground1 },
  control: {
    ...typographyStyles.body1,
    boxSizing: 'border-box',
    width: '100%',
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderRightColor: tokens.colorNeutralStroke1Hover,
      borderLeftColor: tokens.colorNeutralStroke1Hover,
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
      borderBottomColor: tokens.colorCompoundBrandStroke,
    },
  },
  hint: { ...typographyStyles.caption1, color: tokens.colorPaletteDarkOrangeForeground1 },
});
