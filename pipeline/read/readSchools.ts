/** schools.csv (学校マスタ): every school of the city, read first because every file checks it. */
import type { School } from '../shared/types.js';
import type { TableSpec } from './readTable.js';
import { accept, cellOf, reject, type RowInput } from './rowProblem.js';
import { readSchoolTypeCell } from './readSchoolTypeCell.js';

// Deliberately loose: the point is to catch a name or a stray word in the column, not to
// validate mail addresses, which the mail server does.
const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;

/** How to read schools.csv: 学校コード, 学校名 and 校種 required; 地区 and 送付先メール optional. */
export const schoolsTable: TableSpec<School> = {
  id: 'schools',
  required: ['学校コード', '学校名', '校種'],
  bind(header) {
    const code = header.required('学校コード');
    const name = header.required('学校名');
    const type = header.required('校種');
    const district = header.column('地区');
    const emails = header.column('送付先メール');
    return (input) => {
      const codeCell = cellOf(input, code);
      if (codeCell === '') return reject({ code: 'R_REQUIRED_EMPTY', column: code.header });
      const nameCell = cellOf(input, name);
      if (nameCell === '') return reject({ code: 'R_REQUIRED_EMPTY', column: name.header });
      const schoolType = readSchoolTypeCell(input, type);
      if ('reject' in schoolType) return schoolType;
      const districtCell = cellOf(input, district);
      return accept({
        code: codeCell,
        name: nameCell,
        type: schoolType.row,
        district: districtCell === '' ? null : districtCell,
        emails: readEmails(input, emails?.header ?? '', cellOf(input, emails)),
      });
    };
  },
  unique: [
    {
      keyOf: (school) => school.code,
      problem: (school, lines, count) => ({
        code: 'R_ROW_DUPLICATE',
        column: '学校コード',
        value: school.code,
        count,
        detail: lines,
      }),
    },
  ],
};

/** `;`-separated addresses; one that is not an address is warned about and left out. */
function readEmails(input: RowInput, column: string, cell: string): string[] {
  const addresses = cell
    .split(';')
    .map((address) => address.trim())
    .filter((address) => address !== '');
  return addresses.filter((address) => {
    if (EMAIL.test(address)) return true;
    input.warn({ code: 'W_VALUE_INVALID', column, value: address, expected: 'name@example.jp' });
    return false;
  });
}
