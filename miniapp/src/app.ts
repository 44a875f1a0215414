import type { PropsWithChildren } from 'react';
import './styles/tokens.css';
import './app.css';

/** App shell. `children` is the current page; global start-up work (session restore, etc.) will go here. */
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
