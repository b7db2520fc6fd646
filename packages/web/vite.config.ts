import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The production build goes to dist/, which the server serves at / (see server/src/http/web-assets.ts). */
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
