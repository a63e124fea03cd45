/**
 * Names of the domain that the pages look for in the results: they are Japanese because the
 * masters and the configuration name them so (GLOSSARY.md), not because they are printed.
 */

/**
 * ASCII names of the usual subjects, for page file names (`g6-kokugo.html`). A subject not
 * listed gets a file name from its position instead.
 */
export const SUBJECT_SLUGS: Readonly<Record<string, string>> = {
  国語: 'kokugo',
  算数: 'sansu',
  数学: 'sugaku',
  理科: 'rika',
  社会: 'shakai',
  英語: 'eigo',
};

/** The scale a class's score planes use when its students have it. */
export const PREFERRED_PLANE_SCALE = 'fukushima.scale.やり抜く力';

/**
 * The two I-SUS scales of the four-group plane: 承認 (being accepted by classmates) on x and
 * 被侵害 (being hurt or left out) on y.
 */
export const ISUS_PLANE_SCALES = {
  x: 'isus.scale.承認',
  y: 'isus.scale.被侵害',
} as const;
