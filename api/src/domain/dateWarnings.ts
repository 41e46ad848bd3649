// Dates that are possible but probably not meant: the forms warn, the API still accepts them
// (a win logged ahead of a launch, a goal kept active past its date are the user's call).

/** What a form says next to a win dated after today. */
export function winDateWarning(date: string, today: string): string | undefined {
  return date !== '' && date > today ? 'This date is in the future: a win is usually something that already happened.' : undefined;
}

/** What a form says next to the target date of an active goal whose date has passed. */
export function goalDateWarning(goal: { readonly status: string; readonly targetDate: string | undefined }, today: string): string | undefined {
  const { status, targetDate } = goal;
  if (status !== 'active' || targetDate === undefined || targetDate === '' || targetDate >= today) return undefined;
  return 'This date has passed and the goal is still active: mark it achieved or dropped, or pick a new date.';
}
