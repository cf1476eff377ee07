import { render } from 'solid-js/web';
import { App } from './app';
import './styles.css';
import './events.css';
import './correspondence.css';
import './members.css';
import './partners.css';

render(() => <App />, document.getElementById('root')!);
