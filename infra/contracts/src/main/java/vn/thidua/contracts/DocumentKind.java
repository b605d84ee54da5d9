package vn.thidua.contracts;

/**
 * Kind of dossier document: REGISTRATION_FORM = phiếu đăng ký (Mẫu 1); EVIDENCE = tài liệu minh chứng; PHOTO = hình
 * ảnh (of the model); SUMMARY_TABLE = bảng tổng hợp; ACHIEVEMENT_REPORT = báo cáo thành tích confirmed by the
 * grassroots party committee; PORTRAIT = ảnh chân dung. The last two were added later (recognition dossier).
 */
public enum DocumentKind { REGISTRATION_FORM, EVIDENCE, PHOTO, SUMMARY_TABLE, ACHIEVEMENT_REPORT, PORTRAIT }
