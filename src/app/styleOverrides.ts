import { makeStaticStyles, makeStyles, mergeClasses, tokens, type FluentProviderCustomStyleHooks } from '@fluentui/react-components';

/** The browser's default 8 px body margin would frame every theme but light in white. */
export const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  // Fluent lets a dialog fill a narrow screen edge to edge (100vw, which also counts the
  // scrollbar, so it ends up flush left): keep it a card with room on both sides.
  dialogSurface: {
    '@media screen and (max-width: 480px)': { maxWidth: `calc(100% - 2 * ${tokens.spacingHorizontalM})` },
  },
  // The track is colorNeutralBackground6, which high contrast makes black on black: give it
  // an edge that is transparent in the Teams themes and visible in high contrast.
  progressTrack: { border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}` },
});

function hasRoot(state: unknown): state is { root: { className?: string } } {
  return typeof state === 'object' && state !== null && 'root' in state && typeof state.root === 'object' && state.root !== null;
}

function appendClass(state: unknown, className: string): void {
  if (hasRoot(state)) state.root.className = mergeClasses(state.root.className, className);
}

function useDialogSurfaceOverrides(state: unknown): void {
  appendClass(state, useStyles().dialogSurface);
}

function useProgressBarOverrides(state: unknown): void {
  appendClass(state, useStyles().progressTrack);
}

/**
 * App-wide additions to Fluent's own styles, run after them for every instance (in portals
 * too), so each rule lives here once instead of at every dialog and progress bar.
 */
export const customStyleHooks: FluentProviderCustomStyleHooks = {
  useDialogSurfaceStyles_unstable: useDialogSurfaceOverrides,
  useProgressBarStyles_unstable: useProgressBarOverrides,
};
