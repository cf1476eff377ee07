import { createEffect, Show, type JSX } from 'solid-js';
import { t } from '../i18n';

interface PageProps {
  title: string;
  intro?: string;
  /** A single narrow card, for the sign-in and similar pages. */
  narrow?: boolean;
  children?: JSX.Element;
}

/** A page's heading and introduction; also names the browser tab after it. */
export function Page(props: PageProps) {
  createEffect(() => (document.title = `${props.title} · ${t('app.name')}`));
  return (
    <section class={props.narrow ? 'page narrow' : 'page'}>
      <h1>{props.title}</h1>
      <Show when={props.intro}>
        <p class="intro">{props.intro}</p>
      </Show>
      {props.children}
    </section>
  );
}
