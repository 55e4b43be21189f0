import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The renderer is loaded from app:// in Electron and from http://vangnet.test in the e2e
 * harness, so every asset URL is relative (base './') and nothing is fetched remotely.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Fonts and icons must ship inside the bundle, never as data: URLs the CSP would have to allow.
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
  },
  server: { port: 5199, strictPort: true },
});
