import { Show } from 'solid-js';
import { t } from '../../i18n';
import type { RenderedLetter } from '../../lib/api';

/** A letter as it reads, both languages side by side (one above the other on phones). */
export function LetterPreview(props: { vi: string; en?: string; label: string }) {
  return (
    <section class="letter-preview" aria-label={props.label}>
      <article class="letter-page" lang="vi" aria-label={t('letters.vi')}>
        {props.vi}
      </article>
      <Show when={props.en}>
        <article class="letter-page" lang="en" aria-label={t('letters.en')}>
          {props.en}
        </article>
      </Show>
    </section>
  );
}

/** A previewed letter: the subject and recipients it will have in the register, then its text. */
export function RenderedLetterView(props: { letter: RenderedLetter }) {
  return (
    <section>
      <h2>{t('letters.preview')}</h2>
      <dl class="facts card">
        <dt>{t('correspondence.subject')}</dt>
        <dd>{props.letter.subject}</dd>
        <dt>{t('correspondence.recipients')}</dt>
        <dd>{props.letter.recipients}</dd>
      </dl>
      <LetterPreview vi={props.letter.vi} en={props.letter.en} label={t('letters.preview')} />
    </section>
  );
}
