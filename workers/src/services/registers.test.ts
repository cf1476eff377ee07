import { describe, expect, it } from 'vitest';
import { escapeHtml, registerColumns, registerTitle } from './registers';

describe('register layout', () => {
  it('has the ten columns of Decree 30 for each register', () => {
    expect(registerColumns.out.map((c) => c.header)).toHaveLength(10);
    expect(registerColumns.in.map((c) => c.header)).toEqual([
      'Ngày đến',
      'Số đến',
      'Tác giả',
      'Số, ký hiệu văn bản',
      'Ngày tháng văn bản',
      'Tên loại và trích yếu nội dung văn bản',
      'Đơn vị hoặc người nhận',
      'Ngày chuyển',
      'Ký nhận',
      'Ghi chú',
    ]);
    expect(registerTitle({ direction: 'in', series: 'classified' })).toBe('SỔ ĐĂNG KÝ VĂN BẢN MẬT ĐẾN');
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
