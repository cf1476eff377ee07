import { For } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { narrativeSections, type Narrative } from '../../../../shared/reports';
import { t } from '../../i18n';

const numerals = ['I', 'II', 'III', 'IV', 'V', 'VI'];

/** The four sections as text; in a printed report they carry numerals after the figures' (I). */
export function NarrativeSections(props: { narrative: Narrative; numberFrom?: number; level?: 2 | 3 }) {
  return (
    <For each={narrativeSections}>
      {(section, i) => (
        <section class="report-section">
          <Dynamic component={props.level === 2 ? 'h2' : 'h3'}>
            {props.numberFrom !== undefined ? `${numerals[props.numberFrom + i()]}. ` : ''}
            {t(`reports.section.${section}`)}
          </Dynamic>
          <p class={props.narrative[section] ? 'report-text' : 'empty'}>{props.narrative[section] || t('reports.sectionEmpty')}</p>
        </section>
      )}
    </For>
  );
}
