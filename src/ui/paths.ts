/** The app's URLs, in one place, so every feature links the same way. */
export const paths = {
  home: () => '/',
  products: () => '/products',
  board: (productId: string) => `/p/${productId}`,
  archive: (productId: string) => `/p/${productId}/archive`,
  initiative: (productId: string, initiativeId: string) => `/p/${productId}/i/${initiativeId}`,
  templates: () => '/templates',
  template: (templateId: string) => `/templates/${encodeURIComponent(templateId)}`,
};
