import { createAsync } from '@solidjs/router';
import { Show } from 'solid-js';
import { normalise } from '../../../../shared/text';
import { t } from '../../i18n';
import { countryLabel } from '../../lib/event-format';
import { getPartners } from '../../lib/queries';
import { useWorkspace } from '../../lib/workspace';
import { ChipsField } from '../ChipsField';

/** Several partner organisations of the workspace, chosen by name (the parties to an agreement, an event's partners); nothing while there are none. */
export function PartnerPicker(props: { label: string; name: string; hint?: string; value: string[]; error: unknown }) {
  const ws = useWorkspace();
  const partners = createAsync(() => getPartners(ws().slug, {}));
  const nameOf = (id: string) => partners()?.find((p) => p.id === id)?.name ?? '…';
  const idOf = (typed: string) => partners()?.find((p) => normalise(p.name) === normalise(typed))?.id;
  return (
    <Show when={partners()?.length}>
      <ChipsField
        label={props.label}
        name={props.name}
        hint={props.hint}
        placeholder={t('partners.pickerPlaceholder')}
        error={props.error}
        value={props.value}
        options={partners()!.map((p) => ({ value: p.id, label: p.name, detail: countryLabel(p.country) }))}
        resolve={idOf}
        labelOf={nameOf}
        removeLabel={(name) => t('partners.removeFromList', { name })}
      />
    </Show>
  );
}
