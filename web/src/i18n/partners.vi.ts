/**
 * Vietnamese texts of partners, agreements, aid and awards (issue 7), merged into vi.ts. For now
 * only the field-error and problem codes of the API; the pages add theirs here. Words follow
 * DOMAIN.md: đối tác, thỏa thuận hợp tác, viện trợ, giải ngân, khen thưởng.
 */
export const partnersVi = {
  'field.partner_kind_invalid': 'Loại đối tác không hợp lệ.',
  'field.consent_required': 'Cho biết người này có đồng ý lưu thông tin liên hệ hay không.',
  'field.partner_unknown': 'Tổ chức không có đối tác này.',
  'field.document_unknown': 'Sổ văn bản của tổ chức không có văn bản này.',
  'field.agreement_unknown': 'Tổ chức không có thỏa thuận này.',
  'field.already_renewed': 'Thỏa thuận này đã được gia hạn.',
  'field.sector_invalid': 'Lĩnh vực viện trợ không hợp lệ.',
  'field.amount_invalid': 'Số tiền phải từ 0 trở lên.',
  'field.currency_required': 'Hãy ghi loại tiền của số tiền nguyên tệ.',
  'field.disbursed_over_committed': 'Số giải ngân vượt số cam kết; hãy ghi lý do để vẫn lưu.',
  'field.recipient_one': 'Chọn một hội viên hoặc ghi tên người bạn nước ngoài, không chọn cả hai.',

  'problem.disbursed_over_committed': 'Số giải ngân vượt số cam kết. Hãy ghi lý do để vẫn lưu.',
  'problem.partner_in_use': 'Đối tác này đã gắn với thỏa thuận, dự án viện trợ, hoạt động hoặc văn bản; hãy gỡ các liên kết đó trước.',
  'problem.already_renewed': 'Thỏa thuận này đã được gia hạn.',
};
