/// <reference types="astro/client" />

declare module 'virtual:bundle-media' {
  /** Media path (relative to the bundle's media/) to a lazy import of the image. */
  export const images: Record<string, () => Promise<{ default: import('astro').ImageMetadata }>>
}
