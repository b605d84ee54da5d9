package vn.thidua.contracts;

/** Form of commendation: Bằng khen, Giấy khen, Kỷ niệm chương. */
public enum AwardForm { CERTIFICATE_OF_MERIT, CERTIFICATE_OF_COMMENDATION, COMMEMORATIVE_MEDAL }
