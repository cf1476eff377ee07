import { action, redirect, useLocation } from '@solidjs/router';
import { createEffect, on } from 'solid-js';
import { t } from '../i18n';
import { api, type User } from '../lib/api';
import { setMe } from '../lib/session';

const signOutAction = action(async () => {
  await api.signOut();
  setMe(null);
  throw redirect('/sign-in');
}, 'signOut');

/** The signed-in user's name; opens to show their e-mail and "sign out". */
export function UserMenu(props: { user: User }) {
  const location = useLocation();
  let menu!: HTMLDetailsElement;
  createEffect(on(() => location.pathname, () => (menu.open = false), { defer: true }));
  return (
    <details class="user-menu" ref={menu}>
      <summary aria-label={t('shell.account')}>
        <span class="avatar" aria-hidden="true">
          {props.user.name.trim().charAt(0).toUpperCase()}
        </span>
        <span class="user-name">{props.user.name}</span>
      </summary>
      <div class="menu-panel">
        <p class="menu-who">
          <strong>{props.user.name}</strong>
          <br />
          {props.user.email}
        </p>
        <form action={signOutAction} method="post">
          <button type="submit">{t('shell.signOut')}</button>
        </form>
      </div>
    </details>
  );
}
