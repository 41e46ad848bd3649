import type { Insight, Manager } from '../manager/managerProfile';
import { currentProfileOf } from '../manager/currentProfile';
import { DEFAULT_UPDATE_STYLE, type UpdateStyle } from './draftUpdate';
import { UPDATE_CADENCES, rhythmFrom, type UpdateCadence, type UpdateRhythm } from './updateCadence';

/** How my current manager likes updates, as far as my profile of them says. */
export interface UpdatePreferences {
  readonly managerName: string | null;
  readonly style: UpdateStyle;
  /** Whether the style came from the profile (both choices noted) rather than the default. */
  readonly styleFromProfile: boolean;
  readonly rhythm: UpdateRhythm | null;
}

const isOneOf = <T extends string>(choices: readonly T[], value: string | undefined): value is T => choices.some((choice) => choice === value);

/** The newest entry of a field that made a choice: the latest thing I learnt wins. */
function latestChoice(insights: readonly Insight[], field: Insight['field']): Insight | undefined {
  let latest: Insight | undefined;
  for (const insight of insights) {
    if (insight.field !== field || insight.choice === undefined) continue;
    if (latest === undefined || insight.notedOn > latest.notedOn || (insight.notedOn === latest.notedOn && insight.createdAt > latest.createdAt)) latest = insight;
  }
  return latest;
}

/** The update format, order and cadence from the current manager's profile; what it does not say falls back to the defaults. */
export function updatePreferences(profiles: readonly Manager[], insights: readonly Insight[]): UpdatePreferences {
  const profile = currentProfileOf(profiles);
  const own = profile === undefined ? [] : insights.filter((insight) => insight.profileId === profile.id);
  const format = latestChoice(own, 'format')?.choice;
  const order = latestChoice(own, 'order')?.choice;
  const cadence = latestChoice(own, 'cadence');
  const cadenceChoice = cadence?.choice;
  return {
    managerName: profile?.name ?? null,
    style: {
      format: isOneOf(['bullets', 'detail'] as const, format) ? format : DEFAULT_UPDATE_STYLE.format,
      order: isOneOf(['numbersFirst', 'storyFirst'] as const, order) ? order : DEFAULT_UPDATE_STYLE.order,
    },
    styleFromProfile: format !== undefined || order !== undefined,
    rhythm: cadence !== undefined && isOneOf<UpdateCadence>(UPDATE_CADENCES, cadenceChoice) ? rhythmFrom(cadenceChoice, cadence.text) : null,
  };
}
