import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './app';
import { createGraphqlClient } from './graphql-client';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <Provider value={createGraphqlClient()}>
      <App />
    </Provider>
  </StrictMode>,
);
