/** The product's working name; the manifest holds the only other copy. */
export const PRODUCT_NAME = 'Upward';
