import { render } from 'solid-js/web';
import { App } from './app';
import './styles.css';
import './events.css';
import './correspondence.css';
import './members.css';
import './partners.css';
import './clusters.css';
import './rollup.css';
import './reports.css';

render(() => <App />, document.getElementById('root')!);
