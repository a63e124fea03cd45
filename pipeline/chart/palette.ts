/**
 * The groups a chart compares and the colour each one wears. The colours are from the
 * Okabe–Ito palette, which stays distinguishable under the common colour-vision deficiencies,
 * and each group keeps its colour in every chart so that pages can reuse it in legends and tables.
 */

/** A group a figure belongs to: the class, the school, the city, the prefecture or the nation. */
export type GroupName = '本学級' | '本校' | '市全体' | '福島県' | '全国';

/** Every group, in the order legends, lanes and tables list them (own groups first). */
export const GROUP_ORDER: readonly GroupName[] = ['本学級', '本校', '市全体', '福島県', '全国'];

/**
 * Fixed colour per group (Okabe–Ito): 本学級 reddish purple, 本校 blue, 市全体 orange,
 * 福島県 bluish green, 全国 black. Yellow and sky blue are left out: too faint on white.
 */
export const GROUP_COLORS: Readonly<Record<GroupName, string>> = {
  本学級: '#CC79A7',
  本校: '#0072B2',
  市全体: '#E69F00',
  福島県: '#009E73',
  全国: '#000000',
};

/** Groups drawn as the focus of a chart (a point with its interval), not as a reference. */
export const OWN_GROUPS: readonly GroupName[] = ['本学級', '本校'];

/** Whether a string names a group; a type guard for data coming from untyped sources. */
export function isGroupName(value: string): value is GroupName {
  return (GROUP_ORDER as readonly string[]).includes(value);
}

/** A group's position in {@link GROUP_ORDER}; used as a sort key inside the charts. */
export function groupRank(group: GroupName): number {
  return GROUP_ORDER.indexOf(group);
}
