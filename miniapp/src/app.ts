import type { PropsWithChildren } from 'react';
import './styles/tokens.css';
import './app.css';
import './styles/fields.css';
import './styles/buttons.css';
import './styles/notices.css';

/** App shell. `children` is the current page; global start-up work (session restore, etc.) will go here. */
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
