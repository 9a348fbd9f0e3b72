import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';
import './styles.css';

// No <StrictMode>: in development it runs effects twice, and the network panel, which this sample is
// meant to be watched in, would show every load twice.
createRoot(document.getElementById('root')).render(<App />);
