/** Test helper: the pages of the shared build and their kinds (see scripts/page-kinds.ts). */
export {
  builtPages,
  pageKindOf,
  pagePerKind,
  readManifest,
  type BuiltPage,
  type PageKind,
} from '../../scripts/page-kinds.js';
