/// <reference types="vite/client" />

/** A module's default export shipped as a JSON data file: the import is its URL (see vite.config.ts). */
declare module '*?data' {
  const url: string;
  export default url;
}
