/// <reference types="@crxjs/vite-plugin/client" />
/** The PWA's origin, fixed at build time from SIMKEEPER_PWA_ORIGIN (vite.config.ts). */
declare const __SIMKEEPER_PWA_ORIGIN__: string;
