import { defineConfig } from 'vite';

export default defineConfig({
  // React's automatic JSX runtime through the esbuild that Vite already runs, so no React plugin is
  // needed (the price: no fast refresh, a change reloads the page).
  esbuild: { jsx: 'automatic' },
  server: {
    // The origin must be exactly the one allowed in application.yml, so never move to another port.
    // And deliberately no `proxy`: proxying /api would make the calls same-origin and hide CORS.
    port: 5173,
    strictPort: true,
  },
});
