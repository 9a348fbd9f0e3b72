import { defineConfig } from 'vite';

// NOTES_API_PORT and NOTES_CLIENT_PORT move the sample to other ports; the API's application.yml reads the same
// two variables (its CORS policy allows the client's origin on NOTES_CLIENT_PORT). VITE_API_URL still wins.
const apiPort = process.env.NOTES_API_PORT ?? '8080';
const clientPort = Number(process.env.NOTES_CLIENT_PORT ?? 5173);
process.env.VITE_API_URL ??= `http://localhost:${apiPort}`;

export default defineConfig({
  // React's automatic JSX runtime through the esbuild that Vite already runs, so no React plugin is
  // needed (the price: no fast refresh, a change reloads the page).
  esbuild: { jsx: 'automatic' },
  // The JSX runtime is imported by the transform, not the source, so Vite's dependency scan misses it
  // and would reload the page on the first visit, showing every request twice in the network panel.
  optimizeDeps: { include: ['react/jsx-runtime', 'react/jsx-dev-runtime'] },
  // Vitest's unit tests (npm run test:unit) of the pure modules; e2e/ is Playwright's.
  test: { include: ['src/**/*.test.js'], environment: 'node' },
  server: {
    // The origin must be exactly the one allowed in application.yml: move both with NOTES_CLIENT_PORT.
    // And deliberately no `proxy`: proxying /api would make the calls same-origin and hide CORS.
    port: clientPort,
    strictPort: true,
  },
});
