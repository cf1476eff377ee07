import { For } from 'solid-js';
import { documentTypes } from '../../../../shared/correspondence';
import { locale, t } from '../../i18n';
import type { LetterTemplate } from '../../lib/api';
import { labelOf } from '../../lib/event-format';

/** The letter templates as a choice of cards: name, and the type of document each becomes. */
export function TemplatePicker(props: { templates: LetterTemplate[]; chosen: LetterTemplate; choose: (id: string) => void }) {
  return (
    <fieldset class="template-choice">
      <legend>{t('letters.template')}</legend>
      <For each={props.templates}>
        {(template) => (
          <label class="choice-card">
            <input type="radio" name="template" value={template.id} checked={template.id === props.chosen.id} onChange={() => props.choose(template.id)} />
            <span>
              <strong>{template.name[locale()]}</strong>
              <small>
                {template.typeCode} — {labelOf(documentTypes, template.typeCode)}
              </small>
            </span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
