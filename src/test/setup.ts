import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The suite runs the tab, API and browser projects at once on two cores: Fluent's dialogs open
// and close on timers, and under that load a second is not always enough for them to settle.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
