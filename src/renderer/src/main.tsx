import './app/styles/tokens.css';
import './app/styles/base.css';
import './app/styles/kit.css';
import './app/styles/layout.css';
import { createRoot } from 'react-dom/client';
import { startTandem } from './app/start';

// The shared styles come first so components' own stylesheets follow them in the cascade.
const container = document.getElementById('root');
if (!container) throw new Error('The #root element is missing from index.html');
void startTandem(createRoot(container));
