import { createAsync } from '@solidjs/router';
import { For } from 'solid-js';
import { t } from '../../i18n';
import { getPartners } from '../../lib/queries';
import { useWorkspace } from '../../lib/workspace';
import { Field } from '../Field';

/** One partner organisation of the workspace (an aid donor, the partner a document concerns). */
export function PartnerSelect(props: { label: string; name: string; selected?: string | null; optional?: boolean; hint?: string; error: unknown }) {
  const ws = useWorkspace();
  const partners = createAsync(() => getPartners(ws().slug, {}));
  return (
    <Field label={props.label} name={props.name} hint={props.hint} error={props.error}>
      {(c) => (
        <select {...c}>
          <option value="">{props.optional ? '—' : t('partners.choosePartner')}</option>
          <For each={partners()}>
            {(p) => (
              <option value={p.id} selected={p.id === props.selected}>
                {p.name}
              </option>
            )}
          </For>
        </select>
      )}
    </Field>
  );
}
