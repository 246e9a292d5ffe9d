/** The library's version, compared when a second copy tries to define the same tags. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';
