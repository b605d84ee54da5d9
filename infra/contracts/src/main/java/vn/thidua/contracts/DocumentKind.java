package vn.thidua.contracts;

/** Kind of dossier document: REGISTRATION_FORM = phiếu đăng ký (Mẫu 1); EVIDENCE = tài liệu minh chứng; PHOTO = hình ảnh; SUMMARY_TABLE = bảng tổng hợp. */
public enum DocumentKind { REGISTRATION_FORM, EVIDENCE, PHOTO, SUMMARY_TABLE }
