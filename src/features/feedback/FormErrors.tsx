import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/** Errors that belong to no field of a feedback dialog, above its fields and announced. */
export function FormErrors({ errors }: { errors: readonly string[] }) {
  return errors.length === 0 ? null : (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{errors.join(' ')}</MessageBarBody>
    </MessageBar>
  );
}
