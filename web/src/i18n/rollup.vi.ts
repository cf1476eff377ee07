/** Vietnamese texts of figures, rollups and clusters (issue 8); rollup.en.ts has every key. */
export const rollupVi = {
  'field.range_order': 'Ngày kết thúc không được trước ngày bắt đầu.',
  'field.grouping_invalid': 'Chọn nhóm theo tổ chức, loại hình, nước, tháng hoặc cụm.',
  'field.year_invalid': 'Nhập năm từ 1950 đến 2100.',
  'field.cluster_workspace_unknown': 'Chỉ xếp vào cụm các tổ chức đã được Liên hiệp này chấp thuận gia nhập.',
};
